import OverdueKit
import Foundation

/// Finds the folders shipped with Overdue (Templates, Fonts) from any working folder:
/// $OVERDUE_<NAME>; beside the binary (`<Name>/` or `../share/overdue/<Name>/`); the source tree
/// the binary was built from.
public enum ResourceLocator {
    public static func candidates(_ name: String) -> [String] {
        var folders: [String] = []
        if let env = ProcessInfo.processInfo.environment["OVERDUE_\(name.uppercased())"], !env.isEmpty { folders.append(env) }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        folders.append(binary.appendingPathComponent(name).path)
        folders.append(binary.appendingPathComponent("../share/overdue/\(name)").standardized.path)
        // Sources/overdue/ResourceLocator.swift -> <package>/<name>
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(source.appendingPathComponent(name).path)
        return folders
    }

    /// The letter fonts: a folder named by $OVERDUE_FONTS holding OverdueSans-*.ttf when set,
    /// else the front door's (Overdue Sans compiled in, DejaVu Sans from Debian as the fallback),
    /// so the binary draws the same letters wherever it is moved.
    public static func fonts() -> (primary: FontFiles, fallback: FontFiles?) {
        if let folder = ProcessInfo.processInfo.environment["OVERDUE_FONTS"], !folder.isEmpty {
            let family = FontFiles.family("OverdueSans", in: folder)
            if FontStyle.allCases.allSatisfy({ FileManager.default.isReadableFile(atPath: family.path($0)) }) {
                return (family, OverdueKit.Overdue.letterFonts.fallback)
            }
        }
        return OverdueKit.Overdue.letterFonts
    }
}
