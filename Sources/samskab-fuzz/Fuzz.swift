// samskab-fuzz: the journal line reader under libFuzzer, or a replay of a corpus.
//
//   Fuzzing (libFuzzer is in the Swift toolchain):
//     swift build --product samskab-fuzz --scratch-path .build-fuzz \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
//     .build-fuzz/debug/samskab-fuzz -max_total_time=600 NEW_CORPUS Tests/SamskabSessionTests/JournalCorpus
//   Replaying a corpus (what `swift test` does too, in JournalCorpusTests):
//     swift run samskab-fuzz FILE_OR_FOLDER…
import Foundation
import SamskabJournalLine
import SamskabSession

/// The line format's properties (`SamskabJournalLine`, linked directly), then the events'.
func brokenProperty(_ bytes: ArraySlice<UInt8>) -> String? {
    JournalLineFormatCheck.check(bytes) ?? EventLineSelfCheck.check(bytes)
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let broken = brokenProperty(bytes[...]) { fatalError(broken) }
    return 0
}

/// libFuzzer's driver, called from our own entry point (SwiftPM names the executable's `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOne))
    }
}
#else
@main
struct CorpusReplay {
    static func main() {
        var failures = 0
        var inputs = 0
        for argument in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("samskab-fuzz: no such file or folder: \(argument)\n".utf8))
                exit(2)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
                : [argument]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file), data.count <= 1 << 20 else { continue }
                inputs += 1
                if let broken = brokenProperty(Array(data)[...]) {
                    failures += 1
                    print("\(file): \(broken)")
                }
            }
        }
        print("\(inputs) inputs, \(failures) failures")
        exit(failures == 0 ? 0 : 1)
    }
}
#endif
