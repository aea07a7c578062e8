/// ISO 4217 alphabetic codes of the currencies in use (list one, 2024 edition), for checking
/// the currency of an invoice where it enters. Funds, precious metals and test codes (XTS, XXX)
/// are not money a debtor owes, and are left out.
public enum CurrencyCodes {
    public static let iso4217: Set<String> = Set("""
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN \
    BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS \
    GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW \
    KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD \
    NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD \
    SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED \
    VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
    """.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init))
}

/// The languages Overdue writes letters in (ISO 639-1). A language code in an input is checked
/// against this list where it enters, so that a letter never silently falls back to another.
public enum LetterLanguages {
    public static let written = ["en", "nl", "fr", "de"]
}
