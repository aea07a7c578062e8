import HaruPDF

/// The sender's logo in the first page's letterhead: an image read once (for a whole batch) and
/// the width asked for it.
public struct LetterLogo: Sendable {
    public let image: ImageFile
    /// The width asked for, in millimetres (`logo_width_mm`); the logo is made smaller, its aspect
    /// kept, when the letterhead has not that much room.
    public let width: Double

    /// Default width when the profile gives none.
    public static let defaultWidth = 40.0

    public init(image: ImageFile, width: Double = LetterLogo.defaultWidth) {
        self.image = image
        self.width = width
    }

    /// Reads and checks `path` (PNG or JPEG, through libharu's loaders).
    public init(path: String, width: Double = LetterLogo.defaultWidth) throws {
        self.init(image: try ImageFile(path: path), width: width)
    }

    /// Where the logo goes: top left of the letterhead, `width` wide with its aspect kept,
    /// scaled down to stay clear of the window and of the column beside it.
    func box(in page: PageGeometry) -> (x: Double, y: Double, width: Double, height: Double) {
        let aspect = Double(image.pixelHeight) / Double(image.pixelWidth)
        var w = max(1, width)
        var h = w * aspect
        let scale = min(1, page.logoMaxWidth / w, page.logoMaxHeight / h)
        w *= scale; h *= scale
        return (page.left, PageGeometry.letterheadTop, w, h)
    }
}
