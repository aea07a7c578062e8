/// Where things go on a letter's pages, in millimetres from the top-left corner, derived from a
/// `LayoutPreset` by one set of rules (no preset is special-cased here):
/// - the window is the preset's; the address starts `addressIndent` inside it, under the
///   return-address line and the notation zone when the preset has them;
/// - the sender block and the reference block share the column beside the window (right of a
///   window on the left, left of a window on the right), the sender block first;
/// - the sender's name, or the logo, stands top left, above the window;
/// - the subject starts at the preset's `textTop`, lower if the blocks above need it.
struct PageGeometry {
    static let mm = 72.0 / 25.4

    let preset: LayoutPreset
    var pageWidth: Double { preset.paper.width }
    var pageHeight: Double { preset.paper.height }

    /// Body text column.
    var left: Double { preset.paper.margin.left }
    var right: Double { preset.paper.width - preset.paper.margin.right }
    var textWidth: Double { right - left }

    var window: (x: Double, y: Double, width: Double, height: Double) { preset.window }
    var windowBottom: Double { window.y + window.height }
    /// True when the window is on the left half of the paper.
    var windowOnLeft: Bool { window.x + window.width / 2 < pageWidth / 2 }
    /// Address lines start here.
    var windowTextX: Double { window.x + preset.addressIndent }
    /// Width available to the address lines (2 mm kept clear of the window's right edge).
    var windowTextWidth: Double { window.x + window.width - windowTextX - 2 }
    /// The return address and the notation take this much of the window's top.
    var windowAddressTop: Double { window.y + preset.returnAddressHeight + preset.notationHeight }
    static let addressLeading = 4.1
    /// First baseline of the address below its zone's top; last descent kept off the window's bottom.
    static let addressFirstBaseline = 4.5
    static let addressBottomClearance = 1.5
    /// Lines (address, and notation when it has no zone of its own) that fit in the address zone.
    var addressMaxLines: Int {
        let room = windowBottom - windowAddressTop - Self.addressFirstBaseline - Self.addressBottomClearance
        return max(1, Int((room / Self.addressLeading).rounded(.down)) + 1)
    }

    /// The column beside the window, for the sender block and the references.
    static let columnWidth = 65.0
    static let columnGap = 5.0
    var infoX: Double {
        windowOnLeft ? max(window.x + window.width + Self.columnGap, right - Self.columnWidth) : left
    }
    var infoWidth: Double {
        windowOnLeft ? right - infoX : min(Self.columnWidth + 10, window.x - Self.columnGap - left)
    }
    /// The references start level with the address zone, lower when the sender block reaches there.
    var infoY: Double { window.y + 5 }

    /// The letterhead: sender name (or logo) top left.
    static let letterheadTop = 10.0
    static let nameBaseline = 22.0
    /// The logo's box: top left, never reaching the window or the column beside it.
    var logoMaxWidth: Double { (windowOnLeft ? infoX : window.x) - Self.columnGap - left }
    var logoMaxHeight: Double { window.y - 4 - Self.letterheadTop }

    /// Bottom of the body area; the footer sits below it.
    var bodyBottom: Double { pageHeight - 23 }
    var footerY: Double { pageHeight - 14 }
    /// Top of the body on continuation pages.
    let continuationTop = 30.0

    var foldMarks: [Double] { preset.foldMarks }
    /// The punch mark halves the paper's height.
    var punchMark: Double { pageHeight / 2 }
}

/// Type sizes and leading, in points and millimetres.
enum Typography {
    static let body = 9.5
    static let bodyLeading = 4.25
    static let paragraphGap = 2.4
    static let table = 8.5
    static let tableLeading = 3.75
    static let small = 8.0
    static let smallLeading = 3.8
    static let returnAddress = 6.5
    static let footer = 7.0
    static let footerLeading = 3.2
    static let subject = 11.0
    static let letterhead = 15.0
}
