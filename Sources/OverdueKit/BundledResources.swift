import Foundation
import HaruPDF
import Letters

/// The templates and fonts compiled into OverdueKit (Scripts/bundle-resources.py writes them
/// from Templates/ and Fonts/), so an app finds them without any path, on any platform, from a
/// binary moved anywhere.
enum BundledResources {
    /// The shipped templates.
    static let templates: [TemplateFile] = BundledTemplates.files.map {
        TemplateFile(name: $0.name, text: $0.text, origin: "(bundled) \($0.name).mustache")
    }

    /// Overdue Sans (DejaVu Sans cut to the Latin scripts).
    static let fonts: FontFiles = {
        let faces = BundledFonts.base64.map { Data(base64Encoded: $0) ?? Data() }
        return FontFiles(name: "(bundled) OverdueSans", regular: faces[0], bold: faces[1], italic: faces[2], boldItalic: faces[3])
    }()

    /// The full DejaVu Sans from Debian, for characters outside the cut (Greek, Cyrillic, ...),
    /// when installed.
    static var fallbackFonts: FontFiles? {
        let dejaVu = FontFiles.dejaVuSans
        return FontStyle.allCases.allSatisfy({ FileManager.default.isReadableFile(atPath: dejaVu.path($0)) }) ? dejaVu : nil
    }
}
