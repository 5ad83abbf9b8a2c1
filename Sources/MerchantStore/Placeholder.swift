enum _MerchantStorePlaceholder {}
