/// The bookkeeping tool an export comes from (`--format`): its headers are then read by that
/// tool's preset before the synonym lists.
public enum ExportFormat: String, CaseIterable, Sendable {
    case yuki, odoo, twinfield, exact
    /// Overdue's own column names (`debtor_id`, `due_date`, ...).
    case overdue
}
