/// Spreadsheet dates: a cell holds a serial day number and its number format says it is a date.
/// Read as calendar dates, never through a clock or a time zone (a fraction is a time of day,
/// dropped).
public enum SerialDate {
    /// `YYYY-MM-DD` for a serial day number in the 1900 system (day 1 = 1900-01-01, with Lotus's
    /// phantom 1900-02-29 as day 60, which is no date) or the 1904 system (day 0 = 1904-01-01).
    public static func iso(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let day = Int(serial.rounded(.down))
        let civil: Int
        if date1904 {
            civil = daysFromCivil(1904, 1, 1) + day
        } else {
            guard day >= 1, day != 60 else { return nil }
            // Days before the phantom 29 February count from 1899-12-31, later ones from 1899-12-30.
            civil = day < 60 ? daysFromCivil(1899, 12, 31) + day : daysFromCivil(1899, 12, 30) + day
        }
        let (y, m, d) = civilFromDays(civil)
        guard (1...9999).contains(y) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
