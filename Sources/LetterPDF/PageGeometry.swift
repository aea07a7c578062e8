/// Where things go on an A4 letter, in millimetres from the top-left corner
/// (DIN 5008, form B, for a DL/C5 window envelope).
enum PageGeometry {
    static let mm = 72.0 / 25.4
    static let pageWidth = 210.0
    static let pageHeight = 297.0

    /// Body text column.
    static let left = 25.0
    static let right = 190.0
    static var textWidth: Double { right - left }

    /// The envelope window: 20 mm from the left, 45 mm from the top, 85 x 45 mm. Its top
    /// 17.7 mm hold the return address and the mailing notation, the rest the address.
    static let window = (x: 20.0, y: 45.0, width: 85.0, height: 45.0)
    static let windowNotationZone = 17.7
    /// Text inside the window starts 5 mm in from its left edge.
    static let windowTextX = 25.0
    static let recipientMaxLines = 6

    /// Information block (references, date) right of the window.
    static let infoX = 125.0
    static let infoY = 50.0

    /// Subject line (DIN 5008 form B).
    static let subjectY = 98.5

    /// Bottom of the body area; the footer sits below it.
    static let bodyBottom = 274.0
    static let footerY = 283.0
    /// Top of the body on continuation pages.
    static let continuationTop = 30.0

    /// Fold marks (form B: 105 mm and 210 mm) and the punch mark (148.5 mm).
    static let foldMarks = [105.0, 210.0]
    static let punchMark = 148.5
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
