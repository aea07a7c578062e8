extension MailDate {
    /// The `Date` header's value (RFC 5322 § 3.3), e.g. `Thu, 03 Dec 2026 12:00:00 +0000`.
    /// Noon UTC: the letter's day is the same day in every time zone from UTC-11 to UTC+11.
    public var rfc5322: String {
        let names = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = names[((daysSince1970 % 7) + 7) % 7]
        let day = day < 10 ? "0\(day)" : "\(day)"
        return "\(weekday), \(day) \(months[max(0, min(11, month - 1))]) \(year) 12:00:00 +0000"
    }

    /// Days from 1970-01-01 (proleptic Gregorian calendar; H. Hinnant's days_from_civil).
    var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
