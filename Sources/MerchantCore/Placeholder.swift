enum _MerchantCorePlaceholder {}
