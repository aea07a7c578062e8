import Journal
import Testing

@Suite struct ProofFileTests {
    @Test(arguments: [(Array("%PDF-1.7\n".utf8), ProofFile.Kind.pdf), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0], .png), ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg)])
    func proofsAreRecognisedByTheirFirstBytes(bytes: [UInt8], kind: ProofFile.Kind) throws {
        #expect(try ProofFile(name: "scan.bin", data: bytes).kind == kind)
    }

    @Test func otherFilesAreRefused() {
        #expect(throws: ProofError.notAProof("receipt.pdf")) { try ProofFile(name: "receipt.pdf", data: Array("just text".utf8)) }
        #expect(throws: ProofError.empty("e.pdf")) { try ProofFile(name: "e.pdf", data: []) }
        let big = Array("%PDF-".utf8) + [UInt8](repeating: 0, count: ProofFile.maximumSize)
        #expect(throws: ProofError.tooLarge("big.pdf", size: big.count)) { try ProofFile(name: "big.pdf", data: big) }
    }
}
