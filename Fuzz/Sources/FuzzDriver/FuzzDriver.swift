import Foundation

/// libFuzzer's own driver, called from an executable's top-level code. (SwiftPM names a Linux
/// executable's entry point `<Target>_main` and points `main` at it, so libFuzzer's `main` is
/// never linked; `LLVMFuzzerRunDriver` runs the same loop.)
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

nonisolated(unsafe) private var target: ((Data) -> Void)?

/// Runs libFuzzer with the process's arguments, calling `body` with every input; never returns.
public func runFuzzer(_ body: @escaping (Data) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
}

/// The function libFuzzer calls with each input (also the symbol its runtime expects).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    target?(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
