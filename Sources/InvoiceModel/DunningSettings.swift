import Foundation

/// How a letter leaves: by ordinary post, by registered post, or by e-mail.
public enum MailChannel: String, Sendable, CaseIterable, Codable {
    case post, registered, email
}

/// The creditor's dunning policy (the profile's `dunning:` section): when each step of the
/// cycle is due, and how each letter is sent. Every field has a documented default.
public struct DunningSettings: Sendable, Equatable {
    /// Days after an invoice's due date before the first reminder (default 7).
    public var reminderAfterDays: Int
    /// Days after the deadline the previous letter gave before the next letter (default 14).
    public var nextAfterDays: Int
    /// Days after the formal notice's deadline before the hand-over to collection (default 14).
    public var handoverAfterDays: Int
    /// Below this open amount a debtor gets no letter (default 25.00).
    public var minimumAmount: Decimal
    /// The channel of each letter kind (`reminder`, `second-reminder`, `compromise`, `notice`).
    /// Defaults: reminder and compromise by e-mail, second reminder by post, notice registered.
    public var channels: [String: MailChannel]
    /// Days an instalment of a compromise may be late before the agreement counts as broken
    /// (default 5).
    public var graceDays: Int

    public static let defaultChannels: [String: MailChannel] = [
        "reminder": .email, "second-reminder": .post, "compromise": .email, "notice": .registered,
    ]

    public init(reminderAfterDays: Int = 7, nextAfterDays: Int = 14, handoverAfterDays: Int = 14,
                minimumAmount: Decimal = 25, channels: [String: MailChannel] = DunningSettings.defaultChannels,
                graceDays: Int = 5) {
        self.reminderAfterDays = reminderAfterDays; self.nextAfterDays = nextAfterDays
        self.handoverAfterDays = handoverAfterDays; self.minimumAmount = minimumAmount
        self.channels = Self.defaultChannels.merging(channels) { _, given in given }
        self.graceDays = graceDays
    }
}
