enum _ChannelSyncPlaceholder {}
