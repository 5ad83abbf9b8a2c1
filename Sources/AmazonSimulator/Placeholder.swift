enum _AmazonSimulatorPlaceholder {}
