import Foundation

extension Profile {
    /// The profile keys of the letterhead and the envelope (issue 15), for the table of known keys.
    public static let letterheadKeys = ["layout", "logo", "logo_width_mm"]

    /// Reads `layout`, `logo` and `logo_width_mm`. The preset name is checked by the caller,
    /// which knows the presets; the logo file is read by the caller.
    mutating func readLetterhead(_ root: JSONNode) throws {
        if let node = try root.optional("layout") { layout = try node.nonEmptyString().lowercased() }
        if let node = try root.optional("logo") { logo = try node.nonEmptyString() }
        if let node = try root.optional("logo_width_mm") {
            guard !JSONNode.isBoolean(node.value), let width = JSONNode.number(node.value) ?? (node.value as? String).flatMap(Double.init),
                  width.isFinite, width > 0, width <= 200 else {
                throw node.fail("\(JSONNode.describe(node.value)) is not a width in millimetres", hint: "write a number between 1 and 200, e.g. 40")
            }
            logoWidthMM = width
        }
    }

    /// The logo's path: as written when absolute, else relative to the profile's own folder.
    public var logoPath: String? {
        guard let logo else { return nil }
        if logo.hasPrefix("/") { return logo }
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? logo : (folder as NSString).appendingPathComponent(logo)
    }
}
