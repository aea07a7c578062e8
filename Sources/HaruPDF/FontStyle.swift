import Foundation

/// The faces a letter uses.
public enum FontStyle: Int, Sendable, CaseIterable {
    case regular, bold, italic, boldItalic
}

/// Paths of the TrueType files for each face.
public struct FontFiles: Sendable, Equatable {
    public var regular: String
    public var bold: String
    public var italic: String
    public var boldItalic: String

    /// The faces' bytes, in `FontStyle` order, when they are compiled in rather than read from
    /// the paths (which then only name them in errors).
    public var contents: [Data]?

    public init(regular: String, bold: String, italic: String, boldItalic: String) {
        self.regular = regular; self.bold = bold; self.italic = italic; self.boldItalic = boldItalic
    }

    /// Faces given as bytes (e.g. compiled into the binary), named `name-Regular` ... in errors.
    public init(name: String, regular: Data, bold: Data, italic: Data, boldItalic: Data) {
        self.init(regular: name + "-Regular", bold: name + "-Bold", italic: name + "-Italic", boldItalic: name + "-BoldItalic")
        contents = [regular, bold, italic, boldItalic]
    }

    public func path(_ style: FontStyle) -> String {
        switch style {
        case .regular: return regular
        case .bold: return bold
        case .italic: return italic
        case .boldItalic: return boldItalic
        }
    }

    /// The same faces in `folder`, named `<prefix>-Regular.ttf`, `-Bold`, `-Italic`, `-BoldItalic`.
    public static func family(_ prefix: String, in folder: String) -> FontFiles {
        let path = { (face: String) in (folder as NSString).appendingPathComponent("\(prefix)-\(face).ttf") }
        return FontFiles(regular: path("Regular"), bold: path("Bold"), italic: path("Italic"), boldItalic: path("BoldItalic"))
    }

    /// DejaVu Sans from Debian's fonts-dejavu-core (regular, bold) and fonts-dejavu-extra (oblique).
    public static let dejaVuSans = FontFiles(
        regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        italic: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
        boldItalic: "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf")
}
