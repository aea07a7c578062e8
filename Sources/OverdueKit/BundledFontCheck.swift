import Foundation

/// The compiled-in font faces, for the test that they equal Fonts/.
public enum BundledFontCheck {
    /// The bytes of a bundled face (`Regular`, `Bold`, `Italic`, `BoldItalic`).
    public static func bytes(_ face: String) throws -> Data {
        let index = ["Regular", "Bold", "Italic", "BoldItalic"].firstIndex(of: face) ?? 0
        return BundledResources.fonts.contents?[index] ?? Data()
    }
}
