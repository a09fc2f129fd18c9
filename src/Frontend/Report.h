//===- Report.h - Findings of the standalone tool ---------------*- C++ -*-===//
//
// The standalone tool's reporter. Each finding arrives while its translation
// unit is alive, possibly on several threads at once; the reporter turns it
// into a record of plain strings and numbers (for JSON, SARIF, baselines and
// --fix, which run after every unit is done), drops it when another unit
// already reported it (a finding in a header) or when the baseline accepts
// it, and prints it the way clang prints a diagnostic into the unit's text
// buffer, which the runner emits when the unit is done.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_FRONTEND_REPORT_H
#define STACKLIFT_FRONTEND_REPORT_H

#include "Baseline.h"
#include "stacklift/Diag/Finding.h"
#include "stacklift/Driver/CoreCheck.h"
#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace stacklift {

enum class OutputFormat { Text, Json, Sarif };

/// A place in a file, independent of any SourceManager.
struct Place {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  /// The byte offset in the file.
  unsigned Offset = 0;
};

struct FixRecord {
  Place Where;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Replacement;
};

struct NoteRecord {
  Place Where;
  std::string Message;
  /// Fix-its applied only with --fix-notes.
  std::vector<FixRecord> Fixes;
};

/// A finding that outlives its translation unit.
struct FindingRecord {
  Place Where;
  std::string Check;
  std::string Variable;
  std::string Remedy;
  std::string Message;
  std::vector<NoteRecord> Notes;
  std::vector<FixRecord> Fixes;
  /// The text of the finding's source line, for fingerprints.
  std::string LineText;
  std::string Fingerprint;
  /// What a heap profile measured at its growth calls (--profile).
  std::optional<Measurement> Measured;
};

/// The escape verdict of one local vector (--explain).
/// One growth site in a loop and what came of it (--funnel).
struct SiteRecord {
  Place Where;
  std::string Object;
  /// "reported", or why not (SiteOutcome::Reason).
  std::string Reason;
  std::string Detail;
};

struct VariableRecord {
  Place Where;
  std::string Variable;
  bool Escapes = false;
  std::string Reason;
  Place Witness;
};

/// What one translation unit reported, in the order it was reported. The
/// runner emits units in the order of the files, and only then does the
/// reporter decide what is new: a finding in a header goes with the first
/// file that includes it, whichever thread finished first.
class UnitOutput {
public:
  /// Appends text that belongs to no record (a debug trace).
  void addText(std::string Text) {
    Entries.push_back({{}, {}, std::move(Text)});
  }

private:
  friend class Reporter;
  /// The contentHash() of each file a fix-it of this unit edits, as the
  /// unit read it.
  std::map<std::string, std::string> FileHashes;
  struct Entry {
    std::optional<FindingRecord> Finding;
    std::optional<VariableRecord> Variable;
    /// The finding or verdict as text; printed in text format only.
    std::string Text;
    std::optional<SiteRecord> Site;
  };
  std::vector<Entry> Entries;
};

class FindingWriter;

class Reporter {
public:
  /// With \p Accepted set, findings it accepts are not reported. Findings'
  /// fingerprints use paths relative to \p FingerprintDir.
  Reporter(OutputFormat Format, bool UseColor, std::optional<Baseline> Accepted,
           std::string FingerprintDir);
  ~Reporter();

  /// Adds \p F to \p Unit, as a record and, in text format, as text.
  void report(const Finding &F, const clang::SourceManager &SM,
              const clang::LangOptions &LangOpts, UnitOutput &Unit) const;

  /// Adds an escape verdict to \p Unit.
  void explain(const VariableVerdict &Verdict, const clang::SourceManager &SM,
               UnitOutput &Unit) const;

  /// Adds the outcome of a growth site to \p Unit (--funnel).
  void site(const SiteOutcome &Outcome, const clang::SourceManager &SM,
            UnitOutput &Unit) const;

  /// Adds a debug trace to \p Unit.
  static void trace(clang::SourceLocation Loc, llvm::StringRef Kind,
                    llvm::StringRef Message, const clang::SourceManager &SM,
                    UnitOutput &Unit);

  /// What the reporter keeps of the findings it reports, beyond what it
  /// writes as they come. Each costs memory in proportion to the findings.
  struct Retention {
    /// Every record, for findings() (the language server, --export-fixes).
    bool Records = true;
    /// The fix-its --fix applies, for replacements(); with FixNotes, those
    /// --fix-notes applies.
    bool Fixes = false;
    bool FixNotes = false;
    /// A baseline entry for every finding, accepted by the baseline or not
    /// (--write-baseline).
    bool BaselineEntries = false;
  };
  void retain(const Retention &What) { Keep = What; }

  /// Writes each finding to \p Writer as it is reported (in JSON and SARIF),
  /// instead of keeping it for a document written at the end.
  void streamTo(std::unique_ptr<FindingWriter> Writer);

  /// Holds every finding to the end of the run, then writes them, text or
  /// document, most allocations saved first (--sort=impact): findings a
  /// profile measured by Measurement::Saved, then by allocations; then the
  /// ones it never saw (cold), then those without a measure; by place
  /// within each.
  void sortByImpact() { ByImpact = true; }

  /// Takes in one unit's output: of the findings not seen before and not
  /// accepted by the baseline, prints the text (and the traces) to standard
  /// output in text format, or hands them, sorted by place, to the writer;
  /// in JSON and SARIF, where standard output holds one document, the
  /// traces go to standard error.
  void emit(UnitOutput Unit);

  /// Ends the streamed document, with the escape verdicts when
  /// \p WithVariables and the growth sites when \p WithSites.
  void finish(bool WithVariables, bool WithSites = false);

  /// Every finding reported, sorted by place (with Retention::Records).
  std::vector<FindingRecord> findings() const;
  /// How many findings were reported.
  unsigned reported() const;
  /// Every escape verdict, sorted by place.
  std::vector<VariableRecord> variables() const;
  /// Every growth site, once per place, sorted by place.
  std::vector<SiteRecord> sites() const;
  /// Writes the funnel of sites() to \p OS: how many sites, how many
  /// reported, and the others grouped by reason, most frequent first.
  void printFunnel(llvm::raw_ostream &OS) const;
  /// How many findings the baseline accepted.
  unsigned suppressed() const;

  /// The entries kept, in the order the findings were emitted (with
  /// Retention::BaselineEntries).
  std::vector<BaselineEntry> baselineEntries() const;

  /// The fix-its of every finding, by file (with Retention::Fixes). With
  /// Retention::FixNotes, a finding whose warning has none contributes those
  /// of its first note that has some, as clang-tidy's --fix-notes does.
  std::map<std::string, clang::tooling::Replacements> replacements() const;

  /// For each file a fix-it edits, the contentHash() of what the units read;
  /// empty when two units read different contents.
  std::map<std::string, std::string> analysedHashes() const;

  OutputFormat format() const { return Format; }

private:
  /// A key for the file at \p File that is the same for every path to it.
  const std::string &identity(const std::string &File);
  void printText(const Finding &F, const clang::SourceManager &SM,
                 const clang::LangOptions &LangOpts,
                 llvm::raw_ostream &OS) const;

  OutputFormat Format;
  bool UseColor;
  bool ByImpact = false;
  /// With ByImpact: the findings kept, each with its text.
  std::vector<std::pair<FindingRecord, std::string>> Held;
  /// Writes \p R to the writer and keeps what Keep asks for.
  void keep(FindingRecord R);
  std::string FingerprintDir;
  mutable std::mutex Lock;
  std::optional<Baseline> Accepted;
  unsigned Suppressed = 0;
  unsigned Reported = 0;
  Retention Keep;
  std::unique_ptr<FindingWriter> Writer;
  std::vector<BaselineEntry> BaselineEntries;
  std::vector<FixRecord> FixesToApply;
  std::vector<FindingRecord> Findings;
  std::vector<VariableRecord> Variables;
  std::vector<SiteRecord> Sites;
  std::map<std::string, std::string> AnalysedHashes;
  /// The identity of the file at each path (device and inode), so that one
  /// file reached by two paths reports its findings once.
  llvm::StringMap<std::string> Identities;
  /// The findings reported: file identity, line, column, and a hash of the
  /// message.
  std::set<std::tuple<std::string, unsigned, unsigned, uint64_t>> Seen;
  std::set<std::tuple<std::string, unsigned, unsigned>> SeenVariables;
  std::set<std::tuple<std::string, unsigned, unsigned>> SeenSites;
};

} // namespace stacklift

#endif // STACKLIFT_FRONTEND_REPORT_H
