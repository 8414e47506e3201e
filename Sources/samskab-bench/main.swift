#if canImport(Glibc)
import Glibc
#endif
import Foundation

// samskab-bench: measures the journal against its baselines in one run.
//   samskab-bench [--appends N] [--replay-notes N] [--writers W] [--per-writer K] [--dir PATH]
//   samskab-bench terminal      bytes the projector writes to a real terminal (tmux), first frame
//   samskab-bench planner       the table planner on 500 people (median ms of a mixed plan)
//   samskab-bench pairs         the fernisering's pairs and route for 500 people (median ms)
//   samskab-bench voting        dot voting at a 500-person opsamling: a vote, the fold, the revealed board
//   samskab-bench crash-states  every crash state of a scripted day, and the fault sweep (issue 22)
//   samskab-bench web [--clients N] [--seconds S] [--notes reload|quiet|engine|none] [--every E]  200 phones on the real `samskab serve`: saves, fan-out, idle CPU (issue 20)
//   samskab-bench readers [--up-to BYTES]  each reader's time against its input's size, up to its cap (issue 22)
//   samskab-bench soak [--minutes M] [--writers W] [--phones P]  the seed day with real processes, kill -9 and restarts
// Internal modes used by the concurrent-writer benchmark and the reliability tests:
//   samskab-bench writer SESSION COUNT PREFIX       append COUNT notes, print each id once durable
//   samskab-bench sqlite-writer DB COUNT PREFIX     insert COUNT rows into a WAL database

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "writer":
    exit(WriterMode.run(Array(arguments.dropFirst())))
case "sqlite-writer":
    exit(SQLiteBaseline.writerMode(Array(arguments.dropFirst())))
case "terminal":
    exit(TerminalBench.run())
case "planner":
    exit(PlannerBench.run())
case "pairs":
    exit(PairBench.run())
case "voting":
    exit(VotingBench.run())
case "crash-states":
    exit(CrashBench.run())
case "web":
    exit(WebBench.run(Array(arguments.dropFirst())))
case "soak":
    exit(SoakBench.run(Array(arguments.dropFirst())))
case "readers":
    exit(ReaderBench.run(Array(arguments.dropFirst())))
default:
    exit(Benchmarks.run(arguments))
}
