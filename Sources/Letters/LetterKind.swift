/// The letters of the dunning ladder.
public enum LetterKind: String, Sendable, CaseIterable {
    /// Friendly first payment reminder.
    case reminder
    /// Firmer second reminder that announces the formal notice.
    case secondReminder = "second-reminder"
    /// Written confirmation of a negotiated payment arrangement.
    case compromise
    /// Formal notice of default (ingebrekestelling / mise en demeure), sent by registered mail.
    case notice
}
