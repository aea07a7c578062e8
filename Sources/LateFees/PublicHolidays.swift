import InvoiceModel

/// Public holidays that stop the counting of business days (shared/legal/holidays.md).
public enum PublicHolidays {
    /// Countries with a calendar (`UK` is read as `GB`, England & Wales).
    public static let countries = ["BE", "NL", "DE", "FR", "GB"]

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
        case "NL":
            // Algemene termijnenwet art. 3: the recognised holidays, Good Friday assimilated; King's Day
            // moves to 26 April when 27 April is a Sunday. Days added by the triennial decree (the
            // Friday after Ascension) are not included: add them as closing days.
            let kingsDay = CalendarDate(year: year, month: 4, day: 27)!
            return [fixed(1, 1, "Nieuwjaarsdag"), fromEaster(-2, "Goede Vrijdag"), fromEaster(1, "Tweede Paasdag"),
                    (kingsDay.isoWeekday == 7 ? kingsDay.adding(days: -1) : kingsDay, "Koningsdag"),
                    fixed(5, 5, "Bevrijdingsdag"), fromEaster(39, "Hemelvaartsdag"), fromEaster(50, "Tweede Pinksterdag"),
                    fixed(12, 25, "Eerste Kerstdag"), fixed(12, 26, "Tweede Kerstdag")]
        case "DE":
            // The nine nationwide holidays (Land holidays are not included: add them as closing days).
            return [fixed(1, 1, "Neujahr"), fromEaster(-2, "Karfreitag"), fromEaster(1, "Ostermontag"),
                    fixed(5, 1, "Tag der Arbeit"), fromEaster(39, "Christi Himmelfahrt"), fromEaster(50, "Pfingstmontag"),
                    fixed(10, 3, "Tag der Deutschen Einheit"), fixed(12, 25, "1. Weihnachtstag"), fixed(12, 26, "2. Weihnachtstag")]
        case "FR":
            // The eleven jours fériés of art. L3133-1 C. trav. (metropolitan France).
            return [fixed(1, 1, "Jour de l'an"), fromEaster(1, "Lundi de Pâques"), fixed(5, 1, "Fête du Travail"),
                    fixed(5, 8, "Victoire 1945"), fromEaster(39, "Ascension"), fromEaster(50, "Lundi de Pentecôte"),
                    fixed(7, 14, "Fête nationale"), fixed(8, 15, "Assomption"), fixed(11, 1, "Toussaint"),
                    fixed(11, 11, "Armistice 1918"), fixed(12, 25, "Noël")]
        case "GB", "UK":
            return englandAndWales(year: year, easter: easter)
        default:
            return []
        }
    }

    /// Bank holidays of England and Wales (Banking and Financial Dealings Act 1971), with
    /// substitute days and the proclaimed one-off changes.
    static func englandAndWales(year: Int, easter: CalendarDate) -> [(date: CalendarDate, name: String)] {
        func date(_ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: year, month: m, day: d)! }
        func firstMonday(_ m: Int) -> CalendarDate { let d = date(m, 1); return d.adding(days: (8 - d.isoWeekday) % 7) }
        func lastMonday(_ m: Int) -> CalendarDate {
            let d = date(m, CalendarDate.daysInMonth(year: year, month: m)); return d.adding(days: -((d.isoWeekday + 6) % 7))
        }
        var days: [(CalendarDate, String)] = []
        // New Year's Day, or the next Monday.
        let newYear = date(1, 1)
        days.append((newYear.isWeekend ? newYear.adding(days: newYear.isoWeekday == 6 ? 2 : 1) : newYear, "New Year's Day"))
        days.append((easter.adding(days: -2), "Good Friday"))
        days.append((easter.adding(days: 1), "Easter Monday"))
        let oneOffs: [Int: [(CalendarDate, String)]] = [
            2020: [(date(5, 8), "Early May bank holiday (VE Day)")],
            2022: [(date(6, 2), "Spring bank holiday"), (date(6, 3), "Platinum Jubilee"), (date(9, 19), "State Funeral")],
            2023: [(date(5, 8), "Coronation")],
        ]
        if year == 2020 { days += oneOffs[2020]! } else { days.append((firstMonday(5), "Early May bank holiday")) }
        if year == 2022 { days += oneOffs[2022]! } else { days.append((lastMonday(5), "Spring bank holiday")) }
        if year == 2023 { days += oneOffs[2023]! }
        days.append((lastMonday(8), "Summer bank holiday"))
        // Christmas and Boxing Day, with substitutes on the next free weekdays.
        let christmas = date(12, 25), boxing = date(12, 26)
        switch christmas.isoWeekday {
        case 6: days += [(date(12, 27), "Christmas Day (substitute)"), (date(12, 28), "Boxing Day (substitute)")]
        case 7: days += [(boxing, "Boxing Day"), (date(12, 27), "Christmas Day (substitute)")]
        case 5: days += [(christmas, "Christmas Day"), (date(12, 28), "Boxing Day (substitute)")]
        default: days += [(christmas, "Christmas Day"), (boxing, "Boxing Day")]
        }
        return days
    }

    public static func isHoliday(_ date: CalendarDate, in country: String) -> Bool {
        holidays(year: date.year, country: country).contains { $0.date == date }
    }
}
