import InvoiceModel

/// Public holidays that stop the counting of business days (shared/legal/holidays.md).
public enum PublicHolidays {
    /// Western (Gregorian) Easter Sunday: the anonymous Gregorian computus.
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The holidays of `country` in `year`, with their names. Unknown countries have none.
    public static func holidays(year: Int, country: String) -> [(date: CalendarDate, name: String)] {
        let easter = easterSunday(year: year)
        func fixed(_ m: Int, _ d: Int, _ name: String) -> (CalendarDate, String) { (CalendarDate(year: year, month: m, day: d)!, name) }
        func fromEaster(_ offset: Int, _ name: String) -> (CalendarDate, String) { (easter.adding(days: offset), name) }
        switch country.uppercased() {
        case "BE":
            // The ten legal holidays (Royal Decree of 18 April 1974). A holiday on a Sunday
            // gives employees a replacement day but does not create a legal holiday.
            return [fixed(1, 1, "New Year's Day"), fromEaster(1, "Easter Monday"), fixed(5, 1, "Labour Day"),
                    fromEaster(39, "Ascension Day"), fromEaster(50, "Whit Monday"), fixed(7, 21, "National Day"),
                    fixed(8, 15, "Assumption"), fixed(11, 1, "All Saints' Day"), fixed(11, 11, "Armistice Day"),
                    fixed(12, 25, "Christmas Day")]
        default:
            return []
        }
    }

    public static func isHoliday(_ date: CalendarDate, in country: String) -> Bool {
        holidays(year: date.year, country: country).contains { $0.date == date }
    }
}
