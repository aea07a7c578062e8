/// Where a window envelope wants the address, and the paper it is for: one row of the table of
/// presets. The values are KOMA-Script's `scrlttr2` letter-class-option files (DIN.lco,
/// DINmtext.lco, NF.lco, SN.lco, SNleft.lco, UScommercial9.lco), in millimetres; everything else
/// on the first page is derived from them (`PageGeometry`), never decided by the preset's name.
public struct LayoutPreset: Sendable, Equatable {
    /// The name used by `layout:` in the profile and `--layout`.
    public let name: String
    /// What it is for, in a few words (shown by `overdue templates list`).
    public let summary: String
    public let paper: Paper
    /// The window's left edge from the paper's left edge; negative: its right edge from the
    /// paper's right edge (KOMA-Script's `toaddrhpos`).
    public let windowFromLeft: Double
    /// The window's top edge from the paper's top edge (`toaddrvpos`).
    public let windowTop: Double
    public let windowWidth: Double
    public let windowHeight: Double
    /// How far the address lines start inside the window (DIN 5008: 5 mm; NF Z 11-001: 10 mm more).
    public let addressIndent: Double
    /// Height of the return-address line at the top of the window; 0: none (a US envelope carries
    /// the return address in its corner, KOMA-Script's `backaddress=false`).
    public let returnAddressHeight: Double
    /// Height of the zone for the mailing notation ("Registered mail") between the return address
    /// and the address (DIN 5008: 12.7 mm); 0: the notation stands on the first lines of the address.
    public let notationHeight: Double
    /// Fold marks, from the top edge (`tfoldmarkvpos`, `bfoldmarkvpos`).
    public let foldMarks: [Double]
    /// Where the first page's text (the subject) starts at the earliest (`refvpos`).
    public let textTop: Double

    /// A paper size: millimetres for the layout, points for the PDF.
    public struct Paper: Sendable, Equatable {
        public let name: String
        public let width: Double
        public let height: Double
        public let widthPoints: Double
        public let heightPoints: Double
        /// The body text's left and right margins.
        public let margin: (left: Double, right: Double)

        public static func == (a: Paper, b: Paper) -> Bool { a.name == b.name }

        public static let a4 = Paper(name: "A4", width: 210, height: 297, widthPoints: 595.276, heightPoints: 841.89, margin: (25, 20))
        public static let usLetter = Paper(name: "US Letter", width: 8.5 * inch, height: 11 * inch, widthPoints: 612, heightPoints: 792,
                                           margin: (inch, inch))
    }

    static let inch = 25.4

    /// Every preset, the default first.
    public static let all: [LayoutPreset] = [
        LayoutPreset(name: "din5008-b", summary: "DIN 5008 form B, window left (default)", paper: .a4,
                     windowFromLeft: 20, windowTop: 45, windowWidth: 85, windowHeight: 45, addressIndent: 5,
                     returnAddressHeight: 5, notationHeight: 12.7, foldMarks: [105, 210], textTop: 98.5),
        LayoutPreset(name: "din5008-a", summary: "DIN 5008 form A, window left, high", paper: .a4,
                     windowFromLeft: 20, windowTop: 27, windowWidth: 85, windowHeight: 45, addressIndent: 5,
                     returnAddressHeight: 5, notationHeight: 12.7, foldMarks: [87, 192], textTop: 80.5),
        LayoutPreset(name: "nf", summary: "NF Z 11-001 (France), window right", paper: .a4,
                     windowFromLeft: -10, windowTop: 35, windowWidth: 100, windowHeight: 45, addressIndent: 10,
                     returnAddressHeight: 5, notationHeight: 12.7, foldMarks: [99, 198], textTop: 99),
        LayoutPreset(name: "sn", summary: "Switzerland, window right", paper: .a4,
                     windowFromLeft: -8, windowTop: 45, windowWidth: 90, windowHeight: 45, addressIndent: 5,
                     returnAddressHeight: 5, notationHeight: 12.7, foldMarks: [105, 210], textTop: 98.5),
        LayoutPreset(name: "sn-left", summary: "Switzerland, window left", paper: .a4,
                     windowFromLeft: 20, windowTop: 35.5, windowWidth: 100, windowHeight: 45, addressIndent: 5,
                     returnAddressHeight: 5, notationHeight: 12.7, foldMarks: [105, 210], textTop: 89),
        LayoutPreset(name: "us-commercial-9", summary: "US Letter paper, #9 envelope, window left", paper: .usLetter,
                     windowFromLeft: 0.6875 * inch, windowTop: 2.1875 * inch, windowWidth: 4.5 * inch, windowHeight: 1.125 * inch,
                     addressIndent: 5, returnAddressHeight: 0, notationHeight: 0, foldMarks: [3.75 * inch, 7.375 * inch],
                     textTop: 3.4375 * inch),
    ]

    /// DIN 5008 form B, the layout letters had before presets existed.
    public static let standard = all[0]

    /// The preset called `name`, or nil.
    public static func named(_ name: String) -> LayoutPreset? { all.first { $0.name == name.lowercased() } }

    /// The names, for messages and help.
    public static var names: [String] { all.map(\.name) }

    /// The window as a rectangle from the paper's top-left corner.
    public var window: (x: Double, y: Double, width: Double, height: Double) {
        (windowFromLeft >= 0 ? windowFromLeft : paper.width + windowFromLeft - windowWidth, windowTop, windowWidth, windowHeight)
    }
}
