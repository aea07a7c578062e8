// Generated from Data/rates/*.csv (a test checks that the two are identical). Do not edit by hand:
// change the CSV and copy it here.
extension BundledRates {
    static let csv: [String: String] = [
        "be-commercial": #"""
series,valid_from,valid_to,rate_percent,source
be-commercial,2013-01-01,2013-06-30,9.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020 | https://corbus.be/nieuws/interestvoet-voor-betalingsachterstand-bij-handelstransacties-blijft-8/
be-commercial,2013-07-01,2013-12-31,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2014-01-01,2014-06-30,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2014-07-01,2014-12-31,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2015-01-01,2015-06-30,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2015-07-01,2015-12-31,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2016-01-01,2016-06-30,8.50,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2016-07-01,2016-12-31,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2017-01-01,2017-06-30,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2017-07-01,2017-12-31,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2018-01-01,2018-06-30,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2018-07-01,2018-12-31,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2019-01-01,2019-06-30,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2019-07-01,2019-12-31,8.00,https://vanostaeyen.eu/blog/intrestvoet-betalingsachterstand-handelstransacties-blijft-8 | https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2020-01-01,2020-06-30,8.00,https://www.lexalert.be/nl/article/intrest-betalingsachterstand-handelstransacties-2020
be-commercial,2020-07-01,2020-12-31,8.00,https://123dok.net/document/z3dx4jn8-fiche-int%C3%A9r%C3%AAts-l%C3%A9gaux.html | https://bouwunielimburg.be/nieuws/jong-bouwunie/betalingsachterstand-bij-handelstransacties-interestvoet-blijft-oplopen
be-commercial,2021-01-01,2021-06-30,8.00,https://123dok.net/document/z3dx4jn8-fiche-int%C3%A9r%C3%AAts-l%C3%A9gaux.html | https://bouwunielimburg.be/nieuws/jong-bouwunie/betalingsachterstand-bij-handelstransacties-interestvoet-blijft-oplopen
be-commercial,2021-07-01,2021-12-31,8.00,https://fidelium.eu/en/tax-news/interest-rate-for-late-payment-in-commercial-transactions?format=amp | https://bouwunielimburg.be/nieuws/jong-bouwunie/betalingsachterstand-bij-handelstransacties-interestvoet-blijft-oplopen
be-commercial,2022-01-01,2022-06-30,8.00,https://schoups.be/nl/news_items/interestvoet-betalingsachterstand-handelstransacties-blijft-gelijk-op-8-5 | https://bouwunielimburg.be/nieuws/jong-bouwunie/betalingsachterstand-bij-handelstransacties-interestvoet-blijft-oplopen
be-commercial,2022-07-01,2022-12-31,8.00,https://bouwunielimburg.be/nieuws/jong-bouwunie/betalingsachterstand-bij-handelstransacties-interestvoet-blijft-oplopen | https://www.mondaq.com/financial-services/1302262/increases-in-the-legal-interest-rate-and-the-interest-rate-for-late-payment-in-commercial-transactions
be-commercial,2023-01-01,2023-06-30,10.50,https://etaamb.openjustice.be/nl/mededeling_n2023041019.html | https://www.mondaq.com/financial-services/1302262/increases-in-the-legal-interest-rate-and-the-interest-rate-for-late-payment-in-commercial-transactions | https://schoups.be/nl/news_items/interestvoet-wet-betalingsachterstand-handelstransacties-tweede-semester-2023
be-commercial,2023-07-01,2023-12-31,12.00,https://schoups.be/nl/news_items/interestvoet-wet-betalingsachterstand-handelstransacties-tweede-semester-2023
be-commercial,2024-01-01,2024-06-30,12.50,https://www.medenam.be/?p=182 | https://vjn-legal.be/a-propos-du-taux-dinteret-legal
be-commercial,2024-07-01,2024-12-31,12.50,https://blog.forumforthefuture.be/fr/article/transactions-commerciales-hausse-du-taux-dinteret-pour-retard-de-paiement-/23910 | https://trendstop.levif.be/fr/ontop/entreprendre/interets-de-retard-taux-inchange-1021-1525289.aspx
be-commercial,2025-01-01,2025-06-30,11.50,https://www.lawbase.be/tools/wettelijke-interest
be-commercial,2025-07-01,2025-12-31,10.50,https://www.lawbase.be/tools/wettelijke-interest | https://embuild.be/fr/actualit%C3%A9s/le-retard-de-paiement-le-taux-dint%C3%A9r%C3%AAt-applicable-en-2026
be-commercial,2026-01-01,2026-06-30,10.50,https://embuild.be/fr/actualit%C3%A9s/le-retard-de-paiement-le-taux-dint%C3%A9r%C3%AAt-applicable-en-2026 | https://www.lawbase.be/tools/wettelijke-interest (provisional: stated as unchanged before official publication)
be-commercial,2026-07-01,2026-12-31,10.50,provisional: derived by Overdue from the ECB MRO rate of 2.15% in force since 2025-06-11 (shared rates_eu_ecb_mro.csv) + 8 points rounded up to the next half point (Law of 2 August 2002 art. 5); the FPS Finance notice was not in our sources
"""#,
        "be-legal": #"""
series,valid_from,valid_to,rate_percent,source
be-legal,2013-01-01,2013-12-31,2.75,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog | https://corbus.be/nieuws/interestvoet-voor-betalingsachterstand-bij-handelstransacties-blijft-8/
be-legal,2014-01-01,2014-12-31,2.75,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2015-01-01,2015-12-31,2.50,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog | http://www.kluwereasyweb.be/documents/voorbeeld-artikels/20150303-interestvoet-interestrate-tauxinteret-zinsfu.xml?lang=en
be-legal,2016-01-01,2016-12-31,2.25,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2017-01-01,2017-12-31,2.00,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2018-01-01,2018-12-31,2.00,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2019-01-01,2019-12-31,2.00,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2020-01-01,2020-12-31,1.75,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog
be-legal,2021-01-01,2021-12-31,1.75,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog | https://123dok.net/document/z3dx4jn8-fiche-int%C3%A9r%C3%AAts-l%C3%A9gaux.html
be-legal,2022-01-01,2022-12-31,1.50,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog | https://schoups.be/nl/news_items/de-wettelijke-interestvoet-bedraagt-voor-het-jaar-2022-1501
be-legal,2023-01-01,2023-12-31,5.25,https://immospector.kluwer.be/NewsView.aspx?contentdomains=OR(IMMOPRO,IMMORES,IMMONEW,IMMOMOD)&id=kl2715948&lang=nl | https://www.lydian.be/nl/nieuws/laattijdige-betaling-kan-flinke-kater-opleveren-nalatigheidsinteresten-zijn-historisch-hoog | https://www.mondaq.com/financial-services/1302262/increases-in-the-legal-interest-rate-and-the-interest-rate-for-late-payment-in-commercial-transactions
be-legal,2024-01-01,2024-12-31,5.75,https://vjn-legal.be/a-propos-du-taux-dinteret-legal | https://immospector.kluwer.be/NewsView.aspx?contentdomains=IMMOPRO,IMMORES,IMMONEW,IMMOMOD&id=kl2812880&lang=fr
be-legal,2025-01-01,2025-12-31,4.50,https://www.lawbase.be/tools/wettelijke-interest
be-legal,2026-01-01,2026-12-31,4.50,https://embuild.be/fr/actualit%C3%A9s/le-retard-de-paiement-le-taux-dint%C3%A9r%C3%AAt-applicable-en-2026
"""#,
        "de-b2b": #"""
series,valid_from,valid_to,rate_percent,source
de-b2b,2013-01-01,2013-06-30,8.87,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2013-07-01,2013-12-31,8.62,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2014-01-01,2014-06-30,8.37,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2014-07-01,2014-12-31,8.27,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2015-01-01,2015-06-30,8.17,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2015-07-01,2015-12-31,8.17,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2016-01-01,2016-06-30,8.17,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2016-07-01,2016-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2017-01-01,2017-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2017-07-01,2017-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2018-01-01,2018-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2018-07-01,2018-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2019-01-01,2019-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2019-07-01,2019-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2020-01-01,2020-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2020-07-01,2020-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2021-01-01,2021-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2021-07-01,2021-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2022-01-01,2022-06-30,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2022-07-01,2022-12-31,8.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2023-01-01,2023-06-30,10.62,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2023-07-01,2023-12-31,12.12,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2024-01-01,2024-06-30,12.62,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2024-07-01,2024-12-31,12.37,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2025-01-01,2025-06-30,11.27,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2025-07-01,2025-12-31,10.27,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
de-b2b,2026-01-01,2026-06-30,10.27,derived: basiszinssatz + 9 (§288(2) BGB as amended by the law of 22 Jul 2014, for obligations from contracts concluded after 28 Jul 2014; https://www.hwk-dresden.de/recht/aktuelle-themen/detail/gesetzliche-verzugszinsen.html)
"""#,
        "de-consumer": #"""
series,valid_from,valid_to,rate_percent,source
de-consumer,2013-01-01,2013-06-30,4.87,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2013-07-01,2013-12-31,4.62,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2014-01-01,2014-06-30,4.37,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2014-07-01,2014-12-31,4.27,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2015-01-01,2015-06-30,4.17,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2015-07-01,2015-12-31,4.17,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2016-01-01,2016-06-30,4.17,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2016-07-01,2016-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2017-01-01,2017-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2017-07-01,2017-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2018-01-01,2018-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2018-07-01,2018-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2019-01-01,2019-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2019-07-01,2019-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2020-01-01,2020-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2020-07-01,2020-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2021-01-01,2021-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2021-07-01,2021-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2022-01-01,2022-06-30,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2022-07-01,2022-12-31,4.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2023-01-01,2023-06-30,6.62,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2023-07-01,2023-12-31,8.12,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2024-01-01,2024-06-30,8.62,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2024-07-01,2024-12-31,8.37,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2025-01-01,2025-06-30,7.27,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2025-07-01,2025-12-31,6.27,derived: basiszinssatz + 5 (§288(1) BGB)
de-consumer,2026-01-01,2026-06-30,6.27,derived: basiszinssatz + 5 (§288(1) BGB)
"""#,
        "fr-b2b": #"""
series,valid_from,valid_to,rate_percent,source
fr-b2b,2013-01-01,2013-06-30,10.75,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2013-07-01,2013-12-31,10.50,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2014-01-01,2014-06-30,10.25,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2014-07-01,2014-12-31,10.15,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2015-01-01,2015-06-30,10.05,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2015-07-01,2015-12-31,10.05,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2016-01-01,2016-06-30,10.05,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2016-07-01,2016-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2017-01-01,2017-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2017-07-01,2017-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2018-01-01,2018-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2018-07-01,2018-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2019-01-01,2019-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2019-07-01,2019-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2020-01-01,2020-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2020-07-01,2020-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2021-01-01,2021-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2021-07-01,2021-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2022-01-01,2022-06-30,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2022-07-01,2022-12-31,10.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2023-01-01,2023-06-30,12.50,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2023-07-01,2023-12-31,14.00,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2024-01-01,2024-06-30,14.50,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2024-07-01,2024-12-31,14.25,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2025-01-01,2025-06-30,13.15,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2025-07-01,2025-12-31,12.15,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
fr-b2b,2026-01-01,2026-06-30,12.15,derived from rates_eu_ecb_mro.csv; checked against https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux | https://btp45.fr/actualites/marches-prives (13.15% H1 2025)
"""#,
        "fr-legal-individual": #"""
series,valid_from,valid_to,rate_percent,source
fr-legal-individual,2015-01-01,2015-06-30,4.06,https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-individual,2015-07-01,2015-12-31,4.29,https://affairesjuridiques.aphp.fr/textes/arrete-du-24-juin-2015-relatif-a-la-fixation-du-taux-de-linteret-legal | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-individual,2016-01-01,2016-06-30,4.54,https://onb-france.com/actualites/taux-de-linteret-legal-2016 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-individual,2016-07-01,2016-12-31,4.35,http://archives.phytoma-ldv.com/archive/article/VI28806205 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-individual,2017-01-01,2017-06-30,4.16,https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-individual,2017-07-01,2017-12-31,3.94,https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593 | https://www.lextimes.fr/indices/interet-legal/taux-applicables-au-second-semestre-2017
fr-legal-individual,2018-01-01,2018-06-30,3.73,https://bpifrance-creation.fr/entrepreneur/actualites/taux-dinteret-legal-au-premier-semestre-2018 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2018-07-01,2018-12-31,3.60,https://veegee.fr/finances-et-economie/255-bvg-banque/81217-taux-de-linteret-legal-2nd-semestre-2018.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2019-01-01,2019-06-30,3.40,https://www.eyschen-avocat.fr/2019/01/15/le-taux-dinteret-legal-du-second-trimestre-2018/ | https://www.legifiscal.fr/actualites-fiscales/2007-taux-interet-legal-1er-semestre-2019.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2019-07-01,2019-12-31,3.26,https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2020-01-01,2020-06-30,3.15,https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/ | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2020-07-01,2020-12-31,3.11,https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2021-01-01,2021-06-30,3.14,https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2021-07-01,2021-12-31,3.12,https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2022-01-01,2022-06-30,3.13,https://droit-pratique.fr/baremes-et-taux/bien-s-assurer/taux-de-l-interet-legal | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2022-07-01,2022-12-31,3.15,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2023-01-01,2023-06-30,4.47,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-individual,2023-07-01,2023-12-31,6.82,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html
fr-legal-individual,2024-01-01,2024-06-30,8.01,https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html | https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux
fr-legal-individual,2024-07-01,2024-12-31,8.16,https://infos.votrexpert.com/votrexpert-actualite/chiffres/taux_interet_legal.html?format=print&rubrique=9 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
fr-legal-individual,2025-01-01,2025-06-30,7.21,https://btp45.fr/actualites/marches-prives | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html | https://ksca.fr/contenus-juridiques/actualites/lire/taux-de-linteret-legal-a-compter-du-1er-juillet-2025/615065
fr-legal-individual,2025-07-01,2025-12-31,6.65,https://infos.votrexpert.com/ECOSPHERE_EXPERTISE/chiffres/taux_interet_legal.html?format=print&rubrique=9 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
fr-legal-individual,2026-01-01,2026-06-30,6.67,https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
"""#,
        "fr-legal-other": #"""
series,valid_from,valid_to,rate_percent,source
fr-legal-other,2015-01-01,2015-06-30,0.93,https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-other,2015-07-01,2015-12-31,0.99,https://affairesjuridiques.aphp.fr/textes/arrete-du-24-juin-2015-relatif-a-la-fixation-du-taux-de-linteret-legal | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-other,2016-01-01,2016-06-30,1.01,https://onb-france.com/actualites/taux-de-linteret-legal-2016 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-other,2016-07-01,2016-12-31,0.93,http://archives.phytoma-ldv.com/archive/article/VI28806205 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-other,2017-01-01,2017-06-30,0.90,https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593 | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020
fr-legal-other,2017-07-01,2017-12-31,0.90,https://efl.fr/actualite/taux-interet-legal-1er-juillet_R-082130ea-8e4f-465b-900d-e4ce13565593 | https://www.lextimes.fr/indices/interet-legal/taux-applicables-au-second-semestre-2017
fr-legal-other,2018-01-01,2018-06-30,0.89,https://bpifrance-creation.fr/entrepreneur/actualites/taux-dinteret-legal-au-premier-semestre-2018 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2018-07-01,2018-12-31,0.88,https://veegee.fr/finances-et-economie/255-bvg-banque/81217-taux-de-linteret-legal-2nd-semestre-2018.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2019-01-01,2019-06-30,0.86,https://www.eyschen-avocat.fr/2019/01/15/le-taux-dinteret-legal-du-second-trimestre-2018/ | https://www.legifiscal.fr/actualites-fiscales/2007-taux-interet-legal-1er-semestre-2019.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2019-07-01,2019-12-31,0.87,https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2020-01-01,2020-06-30,0.87,https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/ | https://aeccompta.com/actualites/taux-de-l-interet-legal-annee-2020 | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2020-07-01,2020-12-31,0.84,https://www.cabinet-cec.fr/taux-de-linteret-legal-pour-le-second-semestre-2020/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2021-01-01,2021-06-30,0.79,https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2021-07-01,2021-12-31,0.76,https://dandrel-avocats.fr/taux-de-linteret-legal-du-2nd-semestre-2021/ | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2022-01-01,2022-06-30,0.76,https://droit-pratique.fr/baremes-et-taux/bien-s-assurer/taux-de-l-interet-legal | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2022-07-01,2022-12-31,0.77,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2023-01-01,2023-06-30,2.06,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html | https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html
fr-legal-other,2023-07-01,2023-12-31,4.22,https://notaires2normandie.com/nos-actus/les-taux-de-linteret-legal-applicables-au-cours-du-second-semestre-2023-sont-fixes | https://legifiscal.fr/actualites-fiscales/3492-taux-interet-legal-second-semestre-2023.html
fr-legal-other,2024-01-01,2024-06-30,5.07,https://francetransactions.com/amp/actus/news-finances/taux-d-interet-legal-2018.html | https://www.ffbatiment.fr/gestion-entreprise/passer-executer-un-marche/facturation-paiement/dossier/marches-prives-marches-publics-delais-paiement-travaux
fr-legal-other,2024-07-01,2024-12-31,4.92,https://infos.votrexpert.com/votrexpert-actualite/chiffres/taux_interet_legal.html?format=print&rubrique=9 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
fr-legal-other,2025-01-01,2025-06-30,3.71,https://btp45.fr/actualites/marches-prives | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html | https://ksca.fr/contenus-juridiques/actualites/lire/taux-de-linteret-legal-a-compter-du-1er-juillet-2025/615065
fr-legal-other,2025-07-01,2025-12-31,2.76,https://infos.votrexpert.com/ECOSPHERE_EXPERTISE/chiffres/taux_interet_legal.html?format=print&rubrique=9 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
fr-legal-other,2026-01-01,2026-06-30,2.62,https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136 | https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html
"""#,
        "nl-commercial": #"""
series,valid_from,valid_to,rate_percent,source
nl-commercial,2013-01-01,2013-03-15,7.75,https://www.vdkraan.nl/nieuws/wettelijke-rente-2013/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2013-03-16,2013-06-30,8.75,code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index) (+ derived: ECB 0.75 + 8; see README on scope of 16-03-2013 change)
nl-commercial,2013-07-01,2013-12-31,8.50,https://www.fintool.nl/22892/wettelijke-rente-daalt.htm | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2014-01-01,2014-06-30,8.25,code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index) (+ derived: ECB 0.25 + 8)
nl-commercial,2014-07-01,2014-12-31,8.15,https://www.advocatenkantooroste.nl/verlaging-wettelijke-rente/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2015-01-01,2015-06-30,8.05,https://www.advocatenkantooroste.nl/verlaging-wettelijke-rente/ | https://www.bierensgroup.com/nl/article/nieuwe-wettelijke-handelsrente/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2015-07-01,2015-12-31,8.05,https://www.bierensgroup.com/nl/article/nieuwe-wettelijke-handelsrente/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2016-01-01,2016-06-30,8.05,https://www.rechtnet.nl/wettelijke-rente-per-1-januari-2016/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2016-07-01,2016-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2017-01-01,2017-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2017-07-01,2017-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2018-01-01,2018-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2018-07-01,2018-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2019-01-01,2019-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2019-07-01,2019-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2020-01-01,2020-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2020-07-01,2020-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2021-01-01,2021-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2021-07-01,2021-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2022-01-01,2022-06-30,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2022-07-01,2022-12-31,8.00,https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2023-01-01,2023-06-30,10.50,https://www.debloggendeadvocaat.nl/2023/07/09/wettelijke-rentes-weer-verhoogd/ | https://www.wieringa-advocaten.nl/nl/weblog/2024/01/16/wettelijke-rente-en-wettelijk-handelsrente-stijgen-per-1-januari-2024/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2023-07-01,2023-12-31,12.00,https://www.debloggendeadvocaat.nl/2023/07/09/wettelijke-rentes-weer-verhoogd/ | https://kerckhoffsadvocaten.nl/incasso | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2024-01-01,2024-06-30,12.50,https://www.wieringa-advocaten.nl/nl/weblog/2024/01/16/wettelijke-rente-en-wettelijk-handelsrente-stijgen-per-1-januari-2024/ | https://e-justice.europa.eu/404/ET/interest_rates?NETHERLANDS&clang=nl | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2024-07-01,2024-12-31,12.25,https://mijn.metaalunie.nl/Advies/Detail/wettelijke-rente-per-1-juli-2024 | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2025-01-01,2025-06-30,11.15,https://www.vvoadvocatuur.nl/post/wettelijke-rente-omhoog | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2025-07-01,2025-12-31,10.15,https://www.vanlaarhovenenpartners.nl/nieuws/wettelijke-rente-bij-niet-of-te-late-betaling-328 | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-commercial,2026-01-01,2026-06-30,10.15,code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index) (+ derived: ECB 2.15 + 8)
"""#,
        "nl-statutory": #"""
series,valid_from,valid_to,rate_percent,source
nl-statutory,2012-07-01,2014-12-31,3.00,https://zoek.officielebekendmakingen.nl/stb-2014-491.html | https://www.fintool.nl/22892/wettelijke-rente-daalt.htm | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2015-01-01,2022-12-31,2.00,https://zoek.officielebekendmakingen.nl/stb-2014-491.html | https://www.advocatenkantooroste.nl/verlaging-wettelijke-rente/ | https://www.rijksoverheid.nl/onderwerpen/schulden/vraag-en-antwoord/hoogte-wettelijke-rente | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2023-01-01,2023-06-30,4.00,https://www.debloggendeadvocaat.nl/2023/07/09/wettelijke-rentes-weer-verhoogd/ | https://www.nfco.nl/2023/01/11/wettelijke-rente-vanaf-1-januari-2023/ | https://www.wieringa-advocaten.nl/nl/weblog/2024/01/16/wettelijke-rente-en-wettelijk-handelsrente-stijgen-per-1-januari-2024/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2023-07-01,2023-12-31,6.00,https://www.debloggendeadvocaat.nl/2023/07/09/wettelijke-rentes-weer-verhoogd/ | https://www.wieringa-advocaten.nl/nl/weblog/2024/01/16/wettelijke-rente-en-wettelijk-handelsrente-stijgen-per-1-januari-2024/ | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2024-01-01,2024-06-30,7.00,https://smkaccountants.nl/nieuws/item?id=56178 | https://www.wieringa-advocaten.nl/nl/weblog/2024/01/16/wettelijke-rente-en-wettelijk-handelsrente-stijgen-per-1-januari-2024/ | https://e-justice.europa.eu/404/ET/interest_rates?NETHERLANDS&clang=nl | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2024-07-01,2024-12-31,7.00,https://mijn.metaalunie.nl/Advies/Detail/wettelijke-rente-per-1-juli-2024 | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2025-01-01,2025-06-30,6.00,https://www.vvoadvocatuur.nl/post/wettelijke-rente-omhoog | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2025-07-01,2025-12-31,6.00,https://www.vanlaarhovenenpartners.nl/nieuws/wettelijke-rente-bij-niet-of-te-late-betaling-328 | code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index)
nl-statutory,2026-01-01,2026-06-30,4.00,code corpus: Dutch interest calculator test script (RENTETABEL), find_string id 115558543 (repo/path not exposed by index) (single source; consistent with formula ECB end-Oct-2025 2.15 + 2.25 -> 4)
"""#,
        "uk-late-payment": #"""
series,valid_from,valid_to,rate_percent,source
uk-late-payment,2013-01-01,2013-06-30,8.50,derived: BoE rate on 2012-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2013-07-01,2013-12-31,8.50,derived: BoE rate on 2013-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2014-01-01,2014-06-30,8.50,derived: BoE rate on 2013-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2014-07-01,2014-12-31,8.50,derived: BoE rate on 2014-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2015-01-01,2015-06-30,8.50,derived: BoE rate on 2014-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2015-07-01,2015-12-31,8.50,derived: BoE rate on 2015-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2016-01-01,2016-06-30,8.50,derived: BoE rate on 2015-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2016-07-01,2016-12-31,8.50,derived: BoE rate on 2016-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2017-01-01,2017-06-30,8.25,derived: BoE rate on 2016-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2017-07-01,2017-12-31,8.25,derived: BoE rate on 2017-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2018-01-01,2018-06-30,8.50,derived: BoE rate on 2017-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2018-07-01,2018-12-31,8.50,derived: BoE rate on 2018-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2019-01-01,2019-06-30,8.75,derived: BoE rate on 2018-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2019-07-01,2019-12-31,8.75,derived: BoE rate on 2019-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2020-01-01,2020-06-30,8.75,derived: BoE rate on 2019-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2020-07-01,2020-12-31,8.10,derived: BoE rate on 2020-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2021-01-01,2021-06-30,8.10,derived: BoE rate on 2020-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2021-07-01,2021-12-31,8.10,derived: BoE rate on 2021-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2022-01-01,2022-06-30,8.25,derived: BoE rate on 2021-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2022-07-01,2022-12-31,9.25,derived: BoE rate on 2022-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2023-01-01,2023-06-30,11.50,derived: BoE rate on 2022-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2023-07-01,2023-12-31,13.00,derived: BoE rate on 2023-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2024-01-01,2024-06-30,13.25,derived: BoE rate on 2023-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4); confirmed https://www.payontime.co.uk/late-payment-legislation-interest-calculators
uk-late-payment,2024-07-01,2024-12-31,13.25,derived: BoE rate on 2024-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2025-01-01,2025-06-30,12.75,derived: BoE rate on 2024-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2025-07-01,2025-12-31,12.25,derived: BoE rate on 2025-06-30 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4)
uk-late-payment,2026-01-01,2026-06-30,11.75,derived: BoE rate on 2025-12-31 from rates_uk_boe_bank_rate.csv + 8 (SI 2002/1675 art. 4); consistent with https://usewolfx.com/glossary/late-payment-interest | https://paymentcheck.co.uk/blog/interest-and-fees/how-to-calculate-interest-on-overdue-invoices (11.75%)
"""#,
    ]
}
