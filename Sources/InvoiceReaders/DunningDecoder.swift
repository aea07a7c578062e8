import Foundation
import InvoiceModel

/// Reads the profile's `dunning:` section; absent keys keep their defaults (see `DunningSettings`).
enum DunningDecoder {
    /// The keys the section knows.
    static let keys = ["reminder_after_days", "next_after_days", "handover_after_days", "minimum_amount", "channels", "grace_days"]

    static func decode(_ node: JSONNode) throws -> DunningSettings {
        guard let object = node.value as? [String: Any] else { throw node.fail("expected a mapping of dunning settings") }
        for key in object.keys.sorted() where !keys.contains(key) {
            throw JSONNode(value: object[key]!, path: "dunning.\(key)", file: node.file)
                .fail("unknown key", hint: "the dunning keys are \(keys.joined(separator: ", "))")
        }
        var settings = DunningSettings()
        func days(_ key: String) throws -> Int? {
            guard let child = try node.optional(key) else { return nil }
            let value = try child.int()
            guard (0...3650).contains(value) else { throw child.fail("\(value) is not a number of days from 0 to 3650") }
            return value
        }
        if let d = try days("reminder_after_days") { settings.reminderAfterDays = d }
        if let d = try days("next_after_days") { settings.nextAfterDays = d }
        if let d = try days("handover_after_days") { settings.handoverAfterDays = d }
        if let d = try days("grace_days") { settings.graceDays = d }
        if let child = try node.optional("minimum_amount") {
            let amount = try child.decimal()
            guard amount >= 0 else { throw child.fail("must not be negative") }
            settings.minimumAmount = amount
        }
        if let child = try node.optional("channels") {
            guard let map = child.value as? [String: Any] else { throw child.fail("expected a mapping such as { reminder: email }") }
            for kind in map.keys.sorted() {
                let entry = try child.required(kind, expected: "post, registered or email")
                guard DunningSettings.defaultChannels[kind] != nil else {
                    throw entry.fail("\"\(kind)\" is not a letter kind", hint: "use reminder, second-reminder, compromise or notice")
                }
                let text = try entry.nonEmptyString().lowercased()
                guard let channel = MailChannel(rawValue: text) else { throw entry.fail("\"\(text)\" is not post, registered or email") }
                settings.channels[kind] = channel
            }
        }
        return settings
    }
}
