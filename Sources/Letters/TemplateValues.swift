import Mustache

/// One value a template sees.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object(TemplateValues)

    /// As swift-mustache reads it: String, Bool, an array, or a `TemplateValues`.
    var mustache: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .list(let items): return items.map(\.mustache)
        case .object(let object): return object
        }
    }

    /// As plain Swift values (`[String: Any]` for objects, `[String]` or `[[String: Any]]` for lists).
    var plain: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .list(let items):
            if items.allSatisfy({ if case .text = $0 { return true }; return false }), !items.isEmpty {
                return items.map { $0.plain as! String }
            }
            return items.map { $0.plain as? [String: Any] ?? [:] }
        case .object(let object): return object.dictionary
        }
    }
}

/// Something that can be a template value (strings, flags, lists of them, objects).
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible { public var templateValue: TemplateValue { .text(self) } }
extension Bool: TemplateValueConvertible { public var templateValue: TemplateValue { .flag(self) } }
extension TemplateValue: TemplateValueConvertible { public var templateValue: TemplateValue { self } }
extension TemplateValues: TemplateValueConvertible { public var templateValue: TemplateValue { .object(self) } }
extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

/// The values a template sees, by name, kept in the order they were added: letters built by the
/// same code list the same names in the same order, so their shapes compare without sorting.
/// Setting a name appends it (the builder sets each name once; a name set again is found from the
/// end, so the last value counts); looking a name up searches the names, which only a template
/// render does (once per letter shape in a batch).
public struct TemplateValues: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public private(set) var names: [String] = []
    public private(set) var values: [TemplateValue] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, any TemplateValueConvertible)...) {
        names.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (name, value) in elements { self[name] = value }
    }

    public subscript(name: String) -> (any TemplateValueConvertible)? {
        get { value(name) }
        set {
            guard let newValue else {
                while let index = names.lastIndex(of: name) { names.remove(at: index); values.remove(at: index) }
                return
            }
            names.append(name)
            values.append(newValue.templateValue)
        }
    }

    /// The value named `name` (the last one set).
    public func value(_ name: String) -> TemplateValue? { names.lastIndex(of: name).map { values[$0] } }

    /// The same values as a dictionary (for tools and tests that inspect them).
    public var dictionary: [String: Any] {
        var result: [String: Any] = [:]
        for (name, value) in zip(names, values) { result[name] = value.plain }
        return result
    }

    /// `self` with each value replaced by `transform(value)`, names and order kept.
    func mapValues(_ transform: (TemplateValue) -> TemplateValue) -> TemplateValues {
        var copy = self
        copy.values = values.map(transform)
        return copy
    }
}

extension TemplateValues: MustacheParent {
    public func child(named name: String) -> Any? { value(name)?.mustache }
}
