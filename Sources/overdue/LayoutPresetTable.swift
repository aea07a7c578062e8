import OverdueKit
import Foundation

/// The layout presets as `overdue templates list` shows them.
enum LayoutPresetTable {
    static var lines: [String] {
        var lines = ["layout (profile layout: or --layout)"]
        for preset in LayoutPreset.all {
            let w = preset.window
            let side = preset.windowFromLeft >= 0 ? "\(mm(preset.windowFromLeft)) from the left" : "\(mm(-preset.windowFromLeft)) from the right"
            lines.append(pad(preset.name, 17) + "\(preset.summary); \(preset.paper.name); window \(mm(w.width, unit: false)) x \(mm(w.height)), "
                         + "\(side), \(mm(preset.windowTop)) from the top; fold marks at \(preset.foldMarks.map { mm($0) }.joined(separator: " and "))")
        }
        return lines
    }

    private static func mm(_ value: Double, unit: Bool = true) -> String {
        let rounded = String(format: "%.1f", value)
        let text = rounded.hasSuffix(".0") ? String(rounded.dropLast(2)) : rounded
        return unit ? text + " mm" : text
    }

    private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(1, n - s.count)) }
}
