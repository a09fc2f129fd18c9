//===- Report.h - Findings of the standalone tool ---------------*- C++ -*-===//
//
// The standalone tool's reporter. Each finding arrives while its translation
// unit is alive; the reporter prints it the way clang prints a diagnostic
// (text format), and keeps a copy in plain strings and numbers for the JSON
// output and for --fix, which run after every unit is done. A finding seen
// in several units (one in a header) is kept once.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_TOOL_REPORT_H
#define STACKLIFT_TOOL_REPORT_H

#include "stacklift/Diag/Finding.h"
#include "stacklift/Driver/ExplainEscapes.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace stacklift {

enum class OutputFormat { Text, Json };

/// A place in a file, independent of any SourceManager.
struct Place {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

struct NoteRecord {
  Place Where;
  std::string Message;
};

struct FixRecord {
  Place Where;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Replacement;
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
};

/// The escape verdict of one local vector (--explain).
struct VariableRecord {
  Place Where;
  std::string Variable;
  bool Escapes = false;
  std::string Reason;
  Place Witness;
};

class Reporter {
public:
  Reporter(OutputFormat Format, bool UseColor)
      : Format(Format), UseColor(UseColor) {}

  /// Records \p F and, in text format, prints it now.
  void report(const Finding &F, const clang::SourceManager &SM,
              const clang::LangOptions &LangOpts);

  /// Records an escape verdict and, in text format, prints it now.
  void explain(const VariableVerdict &Verdict,
               const clang::SourceManager &SM);

  /// Prints a debug trace now (text format) or keeps it (JSON).
  void trace(clang::SourceLocation Loc, llvm::StringRef Kind,
             llvm::StringRef Text, const clang::SourceManager &SM);

  /// Writes the JSON document with every finding to \p OS; with
  /// \p WithVariables, the escape verdicts too.
  void writeJson(llvm::raw_ostream &OS, bool WithVariables) const;

  const std::vector<FindingRecord> &findings() const { return Findings; }

  /// The fix-its of every finding, by file.
  std::map<std::string, clang::tooling::Replacements> replacements() const;

private:
  void printText(const Finding &F, const clang::SourceManager &SM,
                 const clang::LangOptions &LangOpts);

  OutputFormat Format;
  bool UseColor;
  std::vector<FindingRecord> Findings;
  std::vector<VariableRecord> Variables;
  std::set<std::tuple<std::string, unsigned, unsigned, std::string>> Seen;
  std::set<std::tuple<std::string, unsigned, unsigned>> SeenVariables;
};

} // namespace stacklift

#endif // STACKLIFT_TOOL_REPORT_H
