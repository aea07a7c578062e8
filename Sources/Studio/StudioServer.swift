import Foundation
import Hummingbird
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Serves the studio on 127.0.0.1 until SIGINT or SIGTERM (graceful shutdown through
/// swift-service-lifecycle).
public enum StudioServer {
    /// The first port from `port` on (up to 100 further) that 127.0.0.1 can listen on.
    public static func freePort(from port: Int) throws -> Int {
        guard (1...65535).contains(port) else { throw StudioError.badInput("--port \(port) is not from 1 to 65535") }
        for candidate in port...min(65535, port + 100) where canListen(candidate) { return candidate }
        throw StudioError(409, "no free port on 127.0.0.1 from \(port) to \(min(65535, port + 100))")
    }

    /// True when a listening socket on 127.0.0.1:`port` can be opened now (it is closed again).
    static func canListen(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0 && listen(fd, 1) == 0
    }

    /// Runs the studio for `workspace` on the first free port from `port`; `started` is told the
    /// address once the server listens. Returns after a graceful shutdown.
    public static func run(_ workspace: StudioWorkspace, port: Int, started: @escaping @Sendable (String) -> Void) async throws {
        let chosen = try freePort(from: port)
        var logger = Logger(label: "overdue-studio")
        logger.logLevel = .warning
        let router = StudioRoutes.router(workspace: workspace, port: chosen)
        let app = Application(router: router,
                              configuration: .init(address: .hostname("127.0.0.1", port: chosen), serverName: "Overdue Studio"),
                              onServerRunning: { _ in started("http://127.0.0.1:\(chosen)/") },
                              logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
