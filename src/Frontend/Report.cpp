//===- Report.cpp - Findings of the standalone tool -----------------------===//

#include "Report.h"
#include "FixApplier.h"
#include "Output.h"
#include "stacklift/Support/LLVMCompat.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

using namespace clang;

namespace stacklift {

Reporter::Reporter(OutputFormat Format, bool UseColor,
                   std::optional<Baseline> Accepted, std::string FingerprintDir)
    : Format(Format), UseColor(UseColor),
      FingerprintDir(std::move(FingerprintDir)), Accepted(std::move(Accepted)) {
}

Reporter::~Reporter() = default;

/// The place of \p Loc, with the file's path absolute: a path relative to
/// the compile command's directory means nothing to --fix or to a reader.
static Place placeOf(SourceLocation Loc, const SourceManager &SM) {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc),
                                    /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return {};
  llvm::SmallString<256> Path(P.getFilename());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return {std::string(Path), P.getLine(), P.getColumn(),
          SM.getFileOffset(SM.getExpansionLoc(Loc))};
}

/// The text of the line that holds \p Loc.
static std::string lineText(SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return {};
  size_t Begin = Buffer.rfind('\n', Offset);
  Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
  size_t End = Buffer.find('\n', Offset);
  return Buffer.slice(Begin, End).str();
}

/// The fix-its as records; each file they edit gets its content's hash in
/// \p Hashes, for --fix to check that the file is still what was analysed.
static std::vector<FixRecord>
fixRecords(llvm::ArrayRef<FixItHint> Hints, const SourceManager &SM,
           const LangOptions &LangOpts,
           std::map<std::string, std::string> &Hashes) {
  std::vector<FixRecord> Records;
  for (const FixItHint &Hint : Hints) {
    tooling::Replacement Rep(SM, Hint.RemoveRange, Hint.CodeToInsert, LangOpts);
    FixRecord Fix;
    Fix.Where = placeOf(Hint.RemoveRange.getBegin(), SM);
    auto [Hash, New] = Hashes.try_emplace(Fix.Where.File);
    if (New) {
      bool Invalid = false;
      llvm::StringRef Content = SM.getBufferData(
          SM.getFileID(SM.getExpansionLoc(Hint.RemoveRange.getBegin())),
          &Invalid);
      if (!Invalid)
        Hash->second = contentHash(Content);
    }
    Fix.Offset = Rep.getOffset();
    Fix.Length = Rep.getLength();
    Fix.Replacement = Rep.getReplacementText().str();
    Records.push_back(std::move(Fix));
  }
  return Records;
}

void Reporter::report(const Finding &F, const SourceManager &SM,
                      const LangOptions &LangOpts, UnitOutput &Unit) const {
  FindingRecord R;
  R.Where = placeOf(F.Loc, SM);
  R.Check = F.Check;
  R.Variable = F.Variable;
  R.Remedy = remedyName(F.Remedy).str();
  R.Message = F.Message;
  R.LineText = lineText(F.Loc, SM);
  R.Fingerprint = fingerprint(R, FingerprintDir);
  R.Measured = F.Measured;
  for (const FindingNote &N : F.Notes)
    R.Notes.push_back({placeOf(N.Loc, SM), N.Message,
                       fixRecords(N.Fixes, SM, LangOpts, Unit.FileHashes)});
  R.Fixes = fixRecords(F.Fixes, SM, LangOpts, Unit.FileHashes);
  std::string Text;
  if (Format == OutputFormat::Text) {
    llvm::raw_string_ostream OS(Text);
    printText(F, SM, LangOpts, OS);
  }
  Unit.Entries.push_back({std::move(R), std::nullopt, std::move(Text)});
}

void Reporter::printText(const Finding &F, const SourceManager &SM,
                         const LangOptions &LangOpts,
                         llvm::raw_ostream &OS) const {
  compat::DiagOptions Opts = compat::makeDiagOptions();
  Opts->ShowColors = UseColor;
  TextDiagnosticPrinter Printer(OS, compat::diagOptionsArg(Opts));
  DiagnosticsEngine Engine(new DiagnosticIDs(), compat::diagOptionsArg(Opts),
                           &Printer,
                           /*ShouldOwnClient=*/false);
  Engine.setSourceManager(const_cast<SourceManager *>(&SM));
  Printer.BeginSourceFile(LangOpts, nullptr);
  unsigned Warning = Engine.getCustomDiagID(DiagnosticsEngine::Warning, "%0");
  unsigned Note = Engine.getCustomDiagID(DiagnosticsEngine::Note, "%0");
  {
    DiagnosticBuilder Builder = Engine.Report(F.Loc, Warning);
    Builder << (F.Message + " [" + F.Check + "]");
    for (const FixItHint &Hint : F.Fixes)
      Builder << Hint;
  }
  for (const FindingNote &N : F.Notes) {
    DiagnosticBuilder Builder = Engine.Report(N.Loc, Note);
    Builder << N.Message;
    for (const FixItHint &Hint : N.Fixes)
      Builder << Hint;
  }
  Printer.EndSourceFile();
}

void Reporter::explain(const VariableVerdict &Verdict, const SourceManager &SM,
                       UnitOutput &Unit) const {
  VariableRecord R;
  R.Where = placeOf(Verdict.Var->getLocation(), SM);
  R.Variable = Verdict.Var->getName().str();
  R.Escapes = Verdict.Escape.escapes();
  if (R.Escapes) {
    R.Reason = reasonName(Verdict.Escape.Reason).str();
    R.Witness = placeOf(Verdict.Escape.Witness->getBeginLoc(), SM);
  }
  std::string Text;
  if (Format == OutputFormat::Text)
    Text = R.Where.File + ":" + std::to_string(R.Where.Line) + ":" +
           std::to_string(R.Where.Column) + ": " + explainLine(Verdict, SM) +
           "\n";
  Unit.Entries.push_back({std::nullopt, std::move(R), std::move(Text)});
}

void Reporter::site(const SiteOutcome &Outcome, const SourceManager &SM,
                    UnitOutput &Unit) const {
  SiteRecord R;
  R.Where = placeOf(Outcome.Call->getBeginLoc(), SM);
  R.Object = Outcome.Object;
  R.Reason = Outcome.Reason.str();
  R.Detail = Outcome.Detail;
  UnitOutput::Entry E;
  E.Site = std::move(R);
  Unit.Entries.push_back(std::move(E));
}

void Reporter::trace(SourceLocation Loc, llvm::StringRef Kind,
                     llvm::StringRef Message, const SourceManager &SM,
                     UnitOutput &Unit) {
  Place P = placeOf(Loc, SM);
  Unit.addText(P.File + ":" + std::to_string(P.Line) + ":" +
               std::to_string(P.Column) + ": " + Kind.str() + ": " +
               Message.str() + "\n");
}

const std::string &Reporter::identity(const std::string &File) {
  auto [It, New] = Identities.try_emplace(File, File);
  llvm::sys::fs::UniqueID ID;
  if (New && !llvm::sys::fs::getUniqueID(File, ID))
    It->second = std::string(1, '\0') + std::to_string(ID.getDevice()) + ":" +
                 std::to_string(ID.getFile()); // No path holds a NUL.
  return It->second;
}

/// Sorts by place, then by what is reported there, so that the order does
/// not depend on which thread finished first.
static void sortByPlace(std::vector<FindingRecord> &Records) {
  llvm::sort(Records, [](const FindingRecord &A, const FindingRecord &B) {
    return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Check,
                    A.Message) < std::tie(B.Where.File, B.Where.Line,
                                          B.Where.Column, B.Check, B.Message);
  });
}
static void sortByPlace(std::vector<VariableRecord> &Records) {
  llvm::sort(Records, [](const VariableRecord &A, const VariableRecord &B) {
    return std::tie(A.Where.File, A.Where.Line, A.Where.Column) <
           std::tie(B.Where.File, B.Where.Line, B.Where.Column);
  });
}
static void sortByPlace(std::vector<SiteRecord> &Records) {
  llvm::sort(Records, [](const SiteRecord &A, const SiteRecord &B) {
    return std::tie(A.Where.File, A.Where.Line, A.Where.Column) <
           std::tie(B.Where.File, B.Where.Line, B.Where.Column);
  });
}

/// The fix-its --fix applies for \p R: the warning's, else, with
/// \p WithNotes, those of the first note that has some.
static const std::vector<FixRecord> &fixesToApply(const FindingRecord &R,
                                                  bool WithNotes) {
  if (!R.Fixes.empty() || !WithNotes)
    return R.Fixes;
  for (const NoteRecord &N : R.Notes)
    if (!N.Fixes.empty())
      return N.Fixes;
  return R.Fixes;
}

void Reporter::streamTo(std::unique_ptr<FindingWriter> W) {
  std::lock_guard<std::mutex> Guard(Lock);
  Writer = std::move(W);
}

void Reporter::emit(UnitOutput Unit) {
  std::lock_guard<std::mutex> Guard(Lock);
  llvm::raw_ostream &OS =
      Format == OutputFormat::Text ? llvm::outs() : llvm::errs();
  for (auto &[File, Hash] : Unit.FileHashes) {
    auto [Known, New] = AnalysedHashes.try_emplace(File, Hash);
    if (!New && Known->second != Hash)
      Known->second.clear(); // Changed between two units: never fixed.
  }
  std::vector<FindingRecord> Kept;
  for (UnitOutput::Entry &E : Unit.Entries) {
    if (E.Finding) {
      const FindingRecord &R = *E.Finding;
      if (!Seen.insert({identity(R.Where.File), R.Where.Line, R.Where.Column,
                        llvm::xxh3_64bits(R.Message)})
               .second)
        continue;
      if (Keep.BaselineEntries)
        BaselineEntries.push_back(baselineEntry(R, FingerprintDir));
      if (Accepted && Accepted->consume(R.Fingerprint)) {
        ++Suppressed;
        continue;
      }
      ++Reported;
      if (ByImpact) {
        Held.emplace_back(std::move(*E.Finding), std::move(E.Text));
        continue;
      }
      Kept.push_back(std::move(*E.Finding));
    } else if (E.Variable) {
      const VariableRecord &R = *E.Variable;
      if (!SeenVariables.insert({R.Where.File, R.Where.Line, R.Where.Column})
               .second)
        continue;
      Variables.push_back(std::move(*E.Variable));
    } else if (E.Site) {
      // One record per place: a header's site is seen by every unit that
      // includes it.
      const SiteRecord &R = *E.Site;
      if (SeenSites
              .insert({identity(R.Where.File), R.Where.Line, R.Where.Column})
              .second)
        Sites.push_back(std::move(*E.Site));
      continue;
    } else if (Format != OutputFormat::Text) {
      llvm::errs() << E.Text; // A trace beside a JSON or SARIF document.
      continue;
    }
    if (Format == OutputFormat::Text)
      OS << E.Text;
  }
  OS.flush();
  // Written, or kept, a unit at a time: what is kept for the whole run is
  // only what Keep asks for.
  sortByPlace(Kept);
  for (FindingRecord &R : Kept)
    keep(std::move(R));
  if (Writer)
    llvm::outs().flush();
}

void Reporter::keep(FindingRecord R) {
  if (Writer)
    Writer->finding(R);
  if (Keep.Fixes)
    llvm::append_range(FixesToApply, fixesToApply(R, Keep.FixNotes));
  if (Keep.Records)
    Findings.push_back(std::move(R));
}

/// The order of --sort=impact: measured findings by the allocations their
/// remedy saves, then by allocations; cold ones; unmeasured ones; by place
/// within each.
static bool moreImpact(const FindingRecord &A, const FindingRecord &B) {
  auto Key = [](const FindingRecord &R) {
    int Group = !R.Measured ? 2 : R.Measured->Cold ? 1 : 0;
    uint64_t Saved = R.Measured ? R.Measured->Saved : 0;
    uint64_t Allocations = R.Measured ? R.Measured->Allocations : 0;
    // Larger is first: negate by comparing B's against A's below.
    return std::make_tuple(Group, ~Saved, ~Allocations);
  };
  auto KA = Key(A), KB = Key(B);
  if (KA != KB)
    return KA < KB;
  return std::tie(A.Where.File, A.Where.Line, A.Where.Column, A.Check,
                  A.Message) < std::tie(B.Where.File, B.Where.Line,
                                        B.Where.Column, B.Check, B.Message);
}

void Reporter::finish(bool WithVariables, bool WithSites) {
  std::lock_guard<std::mutex> Guard(Lock);
  if (ByImpact) {
    llvm::sort(Held, [](const auto &A, const auto &B) {
      return moreImpact(A.first, B.first);
    });
    for (auto &[R, Text] : Held) {
      if (Format == OutputFormat::Text)
        llvm::outs() << Text;
      keep(std::move(R));
    }
    Held.clear();
    llvm::outs().flush();
  }
  if (!Writer)
    return;
  std::vector<VariableRecord> Sorted = Variables;
  sortByPlace(Sorted);
  std::vector<SiteRecord> SortedSites = Sites;
  sortByPlace(SortedSites);
  Writer->finish(WithVariables ? &Sorted : nullptr,
                 WithSites ? &SortedSites : nullptr);
  Writer.reset();
}

std::vector<SiteRecord> Reporter::sites() const {
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<SiteRecord> Sorted = Sites;
  sortByPlace(Sorted);
  return Sorted;
}

void Reporter::printFunnel(llvm::raw_ostream &OS) const {
  std::vector<SiteRecord> All = sites();
  // Reasons, and within count-unknown and conditional the trip-count
  // reasons, by how many sites have them.
  std::map<std::string, std::map<std::string, unsigned>> Groups;
  unsigned Reported = 0;
  for (const SiteRecord &S : All) {
    if (S.Reason == "reported") {
      ++Reported;
      continue;
    }
    bool Detailed = S.Reason == "count-unknown" || S.Reason == "conditional";
    ++Groups[S.Reason][Detailed ? S.Detail : ""];
  }
  auto Total = [](const std::map<std::string, unsigned> &M) {
    unsigned N = 0;
    for (const auto &Entry : M)
      N += Entry.second;
    return N;
  };
  std::vector<std::pair<unsigned, std::string>> Order;
  for (const auto &[Reason, Details] : Groups)
    Order.push_back({Total(Details), Reason});
  llvm::sort(Order, [](const auto &A, const auto &B) {
    return A.first != B.first ? A.first > B.first : A.second < B.second;
  });
  OS << "stacklift: " << All.size() << " growth site"
     << (All.size() == 1 ? "" : "s") << " in loops, " << Reported
     << " reported\n";
  for (const auto &[N, Reason] : Order) {
    OS << llvm::formatv("  {0,5}  {1}\n", N, Reason);
    for (const auto &[Detail, M] : Groups[Reason])
      if (!Detail.empty())
        OS << llvm::formatv("  {0,5}    {1}\n", M, Detail);
  }
  OS.flush();
}

unsigned Reporter::reported() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return Reported;
}

std::vector<FindingRecord> Reporter::findings() const {
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<FindingRecord> Sorted = Findings;
  sortByPlace(Sorted);
  return Sorted;
}

std::vector<VariableRecord> Reporter::variables() const {
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<VariableRecord> Sorted = Variables;
  sortByPlace(Sorted);
  return Sorted;
}

std::vector<BaselineEntry> Reporter::baselineEntries() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return BaselineEntries;
}

unsigned Reporter::suppressed() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return Suppressed;
}

std::map<std::string, std::string> Reporter::analysedHashes() const {
  std::lock_guard<std::mutex> Guard(Lock);
  return AnalysedHashes;
}

std::map<std::string, tooling::Replacements> Reporter::replacements() const {
  std::lock_guard<std::mutex> Guard(Lock);
  // Insertions at one offset (two vectors reserved before one loop) become
  // one insertion, in the order of the findings.
  std::map<std::pair<std::string, unsigned>, std::string> Insertions;
  std::vector<std::pair<std::string, unsigned>> InsertionOrder;
  std::set<std::tuple<std::string, unsigned, unsigned, std::string>> Added;
  std::map<std::string, tooling::Replacements> ByFile;
  auto Add = [&](const tooling::Replacement &Rep) {
    if (llvm::Error E = ByFile[Rep.getFilePath().str()].add(Rep))
      llvm::errs() << "warning: dropping a conflicting fix-it in "
                   << Rep.getFilePath() << ": " << llvm::toString(std::move(E))
                   << "\n";
  };
  for (const FixRecord &Fix : FixesToApply) {
    if (!Added.insert({Fix.Where.File, Fix.Offset, Fix.Length, Fix.Replacement})
             .second)
      continue;
    if (Fix.Length != 0) {
      Add(tooling::Replacement(Fix.Where.File, Fix.Offset, Fix.Length,
                               Fix.Replacement));
      continue;
    }
    auto Key = std::make_pair(Fix.Where.File, Fix.Offset);
    auto [It, New] = Insertions.try_emplace(Key);
    if (New)
      InsertionOrder.push_back(Key);
    It->second += Fix.Replacement;
  }
  for (const auto &Key : InsertionOrder)
    Add(tooling::Replacement(Key.first, Key.second, 0, Insertions[Key]));
  return ByFile;
}

} // namespace stacklift
