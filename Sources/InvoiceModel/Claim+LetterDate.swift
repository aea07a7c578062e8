extension Claim {
    /// The letter date, decided one way for every command, the batch, the dunning run and the
    /// front door: the date the caller gives (`--as-of`, an app's argument) wins, else the
    /// claim's own `as_of`, else today. Pure: the caller reads the clock and passes `today`.
    public func letterDate(given: CalendarDate?, today: CalendarDate) -> CalendarDate {
        given ?? asOf ?? today
    }
}
