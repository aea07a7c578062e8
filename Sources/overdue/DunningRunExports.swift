// The commands share their input reading, plan and run with Overdue Studio (Sources/DunningRun).
@_exported import DunningRun
