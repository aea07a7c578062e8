import InvoiceModel

/// Working days of one jurisdiction: Monday to Friday except its public holidays.
public struct BusinessCalendar: Sendable {
    public var country: String
    /// Extra closing days (e.g. the creditor's own), on top of the public holidays.
    public var extraClosingDays: Set<CalendarDate>

    public init(country: String, extraClosingDays: Set<CalendarDate> = []) {
        self.country = country.uppercased()
        self.extraClosingDays = extraClosingDays
    }

    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        !date.isWeekend && !extraClosingDays.contains(date) && !PublicHolidays.isHoliday(date, in: country)
    }

    /// The `count`-th business day after `date` (the day itself is not counted).
    public func adding(businessDays count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = max(0, count)
        while left > 0 {
            day = day.adding(days: 1)
            if isBusinessDay(day) { left -= 1 }
        }
        return day
    }

    /// `date` itself when it is a business day, else the next business day: a deadline never
    /// falls on a weekend or public holiday (art. 53 Judicial Code, Algemene termijnenwet art. 1,
    /// §193 BGB).
    public func onOrAfter(_ date: CalendarDate) -> CalendarDate {
        var day = date
        while !isBusinessDay(day) { day = day.adding(days: 1) }
        return day
    }
}
