/// What the plan proposes for a debtor.
public enum PlanAction: String, Sendable, CaseIterable, Codable {
    case reminder
    case secondReminder = "second-reminder"
    case compromise
    case notice
    /// Hand the claim over to collection (no letter: the hand-over pack is made elsewhere).
    case handover
    /// The next step is not due yet; the reason says from which date.
    case wait
    /// The debtor (or every overdue invoice of it) is on hold.
    case hold
    /// Nothing to do (nothing overdue, or below the minimum amount).
    case none
    /// Every letter of the debtor's cycle is paid.
    case settled

    /// True for the actions that write a letter.
    public var isLetter: Bool { [.reminder, .secondReminder, .compromise, .notice].contains(self) }

    /// The rung of the ladder a letter of this kind stands on (0: not a rung).
    static func level(ofLetter kind: String) -> Int {
        switch kind {
        case "reminder": return 1
        case "second-reminder": return 2
        case "notice": return 3
        default: return 0
        }
    }
}
