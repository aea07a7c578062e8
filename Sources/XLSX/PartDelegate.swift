/// A parser delegate for one part: why it stopped the parse, if it did.
protocol PartDelegate: AnyObject {
    /// The delegate's own failure (a limit, a bad value, the caller's error).
    var failure: Error? { get }
    /// The caller asked to stop: not an error.
    var stopped: Bool { get }
}
