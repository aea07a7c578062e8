import Foundation

/// Which column of an export holds which field, and how that was decided: by a preset, a
/// synonym or the profile's `columns:` section. Built from the header row; `explain` prints it.
public struct ColumnMapping: Sendable {
    /// How a field's column was found.
    public enum Source: String, Sendable { case preset, synonym, profile }

    public struct Entry: Sendable, Equatable {
        public var field: String
        public var column: Int
        public var header: String
        public var source: Source
    }

    public let headers: [String]
    public let entries: [Entry]
    /// The preset that read the headers, if one did.
    public let presetName: String?
    let grouped: Bool
    let columnOf: [String: Int]

    /// Maps `headers`: with `format`, only that tool's presets apply (the one matching most
    /// headers); without, the preset whose signature the headers carry. Synonyms fill the fields
    /// a preset leaves, and `columns` (field → header or column letter) overrides both.
    public init(headers: [String], format: ExportFormat?, columns: [String: String], file: String, line: Int) throws {
        self.headers = headers
        let keys = headers.map(HeaderText.key)
        let present = Set(keys)
        let preset: ExportPreset? = {
            let candidates = ExportPreset.all.filter { format == nil ? $0.signature.allSatisfy(present.contains) : $0.format == format }
            return candidates.max { a, b in Self.score(a, keys) < Self.score(b, keys) }
        }()
        var field: [Int: (String, Source)] = [:]
        var ignored: Set<Int> = []
        if let preset {
            let table = Dictionary(preset.headers.map { (HeaderText.key($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            for (i, key) in keys.enumerated() {
                if let mapped = table[key] {
                    if let mapped, !field.values.contains(where: { $0.0 == mapped }) { field[i] = (mapped, .preset) } else { ignored.insert(i) }
                }
            }
            for rule in preset.repeated {
                if let after = keys.firstIndex(of: HeaderText.key(rule.after)),
                   let at = keys[(after + 1)...].firstIndex(of: HeaderText.key(rule.header)) {
                    field[at] = (rule.field, .preset); ignored.remove(at)
                }
            }
        }
        for (i, header) in headers.enumerated() where field[i] == nil && !ignored.contains(i) {
            if let mapped = ColumnSynonyms.field(for: header), !field.values.contains(where: { $0.0 == mapped }) { field[i] = (mapped, .synonym) }
        }
        for (name, target) in columns.sorted(by: { $0.key < $1.key }) {
            guard ExportField.index[name] != nil else {
                throw InputError(file: file, field: "columns.\(name)", message: "not a field Overdue reads",
                                 hint: "the fields are \(ExportField.all.joined(separator: ", "))")
            }
            let key = HeaderText.key(target)
            guard let at = (key.isEmpty ? nil : keys.firstIndex(of: key)) ?? HeaderText.columnLetter(target) else {
                throw InputError(file: file, line: line, field: "columns.\(name)",
                                 message: "no header \"\(target)\" in the file (its headers: \(Self.list(headers)))",
                                 hint: "give the header as the file writes it, or a column letter such as C")
            }
            for (i, mapped) in field where mapped.0 == name { field[i] = nil }
            field[at] = (name, .profile)
        }
        entries = field.sorted { $0.key < $1.key }.map {
            Entry(field: $0.value.0, column: $0.key, header: $0.key < headers.count ? headers[$0.key] : "", source: $0.value.1)
        }
        presetName = preset?.name
        grouped = preset?.grouped ?? false
        columnOf = Dictionary(entries.map { ($0.field, $0.column) }, uniquingKeysWith: { a, _ in a })
    }

    static func score(_ preset: ExportPreset, _ keys: [String]) -> Int {
        let known = Set(preset.headers.keys.map(HeaderText.key))
        return keys.filter(known.contains).count * 2 + (preset.signature.allSatisfy(keys.contains) ? 1 : 0)
    }

    static func list(_ headers: [String]) -> String {
        let shown = headers.prefix(40).map { "\"\($0.trimmingCharacters(in: .whitespaces))\"" }.joined(separator: ", ")
        return headers.count > 40 ? shown + ", ..." : (shown.isEmpty ? "none" : shown)
    }

    public func column(_ field: String) -> Int? { columnOf[field] }

    /// The fields a letter needs that no column gives; `addressesElsewhere` when a customer list
    /// or UBL invoices bring the addresses.
    func missing(addressesElsewhere: Bool) -> [String] {
        var missing: [String] = []
        if columnOf["debtor_id"] == nil, columnOf["debtor_name"] == nil, !grouped { missing.append("debtor_name (or debtor_id)") }
        if columnOf["invoice_number"] == nil { missing.append("invoice_number") }
        if columnOf["due_date"] == nil { missing.append("due_date") }
        if columnOf["amount"] == nil, columnOf["open"] == nil { missing.append("amount (or open)") }
        if !addressesElsewhere {
            for field in ["debtor_street", "debtor_city"] where columnOf[field] == nil { missing.append(field) }
        }
        return missing
    }

    /// One line per field: `due_date      <- E "Vervaldatum" (preset)`, then the columns not read.
    public func explain() -> [String] {
        var lines = ["format: \(presetName ?? "no preset; headers read by the synonym lists")"]
        for entry in entries.sorted(by: { ExportField.index[$0.field]! < ExportField.index[$1.field]! }) {
            let padded = entry.field.padding(toLength: 16, withPad: " ", startingAt: 0)
            lines.append("  \(padded)<- \(HeaderText.letters(entry.column)) \"\(entry.header)\" (\(entry.source.rawValue))")
        }
        let used = Set(entries.map(\.column))
        let unused = headers.indices.filter { !used.contains($0) && !headers[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        if !unused.isEmpty {
            lines.append("  not read: " + unused.map { "\(HeaderText.letters($0)) \"\(headers[$0])\"" }.joined(separator: ", "))
        }
        if grouped { lines.append("  debtor: from the group row above each invoice; total rows skipped") }
        if columnOf["open"] != nil {
            lines.append(columnOf["amount"] != nil ? "  paid: amount minus open" : "  amount: the open amount (nothing paid is known)")
        }
        return lines
    }
}
