import HaruPDF
import Letters
import QRCode

/// What one page holds before it is drawn (positions in mm from the top-left corner).
struct PageContent {
    enum Item {
        /// A styled line with its left end at `x` and baseline at `y`.
        case text(Line, x: Double, y: Double, size: Double, gray: Double, forceBold: Bool)
        case rule(x1: Double, y1: Double, x2: Double, y2: Double, width: Double, gray: Double)
        case box(x: Double, y: Double, width: Double, height: Double, gray: Double)
        /// A QR symbol in the square (x, y, side), quiet zone included.
        case qr(QRMatrix, x: Double, y: Double, side: Double)
        /// An image (the logo) in the box whose top-left corner is (x, y).
        case image(ImageFile, x: Double, y: Double, width: Double, height: Double)
    }
    var items: [Item] = []
}

/// A layout problem the letter's author must fix.
public enum LayoutError: Error, Equatable, CustomStringConvertible {
    case addressTooLong(lines: Int, max: Int)
    case addressTooWide(line: String)

    public var description: String {
        switch self {
        case .addressTooLong(let lines, let max):
            return "the recipient's address has \(lines) lines; the envelope window holds \(max)"
        case .addressTooWide(let line):
            return "the address line \"\(line)\" is wider than the envelope window"
        }
    }
}
