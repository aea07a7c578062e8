/// The largest input of each kind Overdue reads, so that no file can make it run out of memory,
/// time or stack. The README's "Limits" table lists the same numbers; an input beyond one is an
/// error naming the file and the limit.
public enum InputLimits {
    /// A claim JSON file.
    public static let claimJSONBytes = 8 << 20
    /// A JSON Lines file (each line is one claim of at most `claimJSONBytes`).
    public static let jsonLinesBytes = 256 << 20
    /// Objects and lists inside one another in a claim.
    public static let jsonDepth = 32
    /// One text value (a name, an address line, a description, a CSV field).
    public static let textCharacters = 1_000
    /// A UBL invoice (an embedded PDF makes real ones a few MB).
    public static let ublBytes = 32 << 20
    /// Elements inside one another in a UBL invoice (real ones stay below 10).
    public static let xmlDepth = 64
    /// A profile (YAML).
    public static let profileBytes = 256 << 10
    /// Mappings and lists inside one another in a profile.
    public static let yamlDepth = 32
    /// Values in a profile after aliases are counted (anchors and aliases are refused anyway).
    public static let yamlNodes = 10_000
    /// A rates file (`--rates`).
    public static let ratesBytes = 4 << 20
}
