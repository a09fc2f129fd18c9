//===- Report.cpp - Findings of the standalone tool -----------------------===//

#include "Report.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/JSON.h"

using namespace clang;

namespace stacklift {

static Place placeOf(SourceLocation Loc, const SourceManager &SM) {
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc),
                                    /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return {};
  return {P.getFilename(), P.getLine(), P.getColumn()};
}

void Reporter::report(const Finding &F, const SourceManager &SM,
                      const LangOptions &LangOpts) {
  FindingRecord R;
  R.Where = placeOf(F.Loc, SM);
  if (!Seen.insert({R.Where.File, R.Where.Line, R.Where.Column, F.Message})
           .second)
    return;
  R.Check = F.Check;
  R.Variable = F.Variable;
  R.Remedy = remedyName(F.Remedy).str();
  R.Message = F.Message;
  for (const FindingNote &N : F.Notes)
    R.Notes.push_back({placeOf(N.Loc, SM), N.Message});
  for (const FixItHint &Hint : F.Fixes) {
    tooling::Replacement Rep(SM, Hint.RemoveRange, Hint.CodeToInsert,
                             LangOpts);
    FixRecord Fix;
    Fix.Where = placeOf(Hint.RemoveRange.getBegin(), SM);
    Fix.Where.File = Rep.getFilePath().str();
    Fix.Offset = Rep.getOffset();
    Fix.Length = Rep.getLength();
    Fix.Replacement = Rep.getReplacementText().str();
    R.Fixes.push_back(std::move(Fix));
  }
  Findings.push_back(std::move(R));
  if (Format == OutputFormat::Text)
    printText(F, SM, LangOpts);
}

void Reporter::printText(const Finding &F, const SourceManager &SM,
                         const LangOptions &LangOpts) {
  DiagnosticOptions Opts;
  Opts.ShowColors = UseColor;
  TextDiagnosticPrinter Printer(llvm::outs(), Opts);
  DiagnosticsEngine Engine(new DiagnosticIDs(), Opts, &Printer,
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
  for (const FindingNote &N : F.Notes)
    Engine.Report(N.Loc, Note) << N.Message;
  Printer.EndSourceFile();
  llvm::outs().flush();
}

void Reporter::explain(const VariableVerdict &Verdict,
                       const SourceManager &SM) {
  VariableRecord R;
  R.Where = placeOf(Verdict.Var->getLocation(), SM);
  if (!SeenVariables.insert({R.Where.File, R.Where.Line, R.Where.Column})
           .second)
    return;
  R.Variable = Verdict.Var->getName().str();
  R.Escapes = Verdict.Escape.escapes();
  if (R.Escapes) {
    R.Reason = reasonName(Verdict.Escape.Reason).str();
    R.Witness = placeOf(Verdict.Escape.Witness->getBeginLoc(), SM);
  }
  Variables.push_back(R);
  if (Format == OutputFormat::Text)
    llvm::outs() << R.Where.File << ":" << R.Where.Line << ":"
                 << R.Where.Column << ": " << explainLine(Verdict, SM) << "\n";
}

void Reporter::trace(SourceLocation Loc, llvm::StringRef Kind,
                     llvm::StringRef Text, const SourceManager &SM) {
  Place P = placeOf(Loc, SM);
  // Traces are for people and FileCheck; JSON stays one clean document.
  llvm::raw_ostream &OS = Format == OutputFormat::Text ? llvm::outs()
                                                      : llvm::errs();
  OS << P.File << ":" << P.Line << ":" << P.Column << ": " << Kind << ": "
     << Text << "\n";
}

static llvm::json::Object placeJson(const Place &P) {
  return llvm::json::Object{
      {"file", P.File}, {"line", P.Line}, {"column", P.Column}};
}

void Reporter::writeJson(llvm::raw_ostream &OS, bool WithVariables) const {
  llvm::json::Array All;
  for (const FindingRecord &R : Findings) {
    llvm::json::Object Obj = placeJson(R.Where);
    Obj["check"] = R.Check;
    Obj["variable"] = R.Variable;
    Obj["remedy"] = R.Remedy;
    Obj["message"] = R.Message;
    llvm::json::Array Notes;
    for (const NoteRecord &N : R.Notes) {
      llvm::json::Object Note = placeJson(N.Where);
      Note["message"] = N.Message;
      Notes.push_back(std::move(Note));
    }
    Obj["notes"] = std::move(Notes);
    llvm::json::Array Fixes;
    for (const FixRecord &Fix : R.Fixes) {
      llvm::json::Object F = placeJson(Fix.Where);
      F["offset"] = Fix.Offset;
      F["length"] = Fix.Length;
      F["replacement"] = Fix.Replacement;
      Fixes.push_back(std::move(F));
    }
    Obj["fixes"] = std::move(Fixes);
    All.push_back(std::move(Obj));
  }
  llvm::json::Object Document{{"findings", std::move(All)}};
  if (WithVariables) {
    llvm::json::Array Vars;
    for (const VariableRecord &V : Variables) {
      llvm::json::Object Obj{{"file", V.Where.File},
                             {"line", V.Where.Line},
                             {"variable", V.Variable},
                             {"escapes", V.Escapes}};
      Obj["reason"] = V.Escapes ? llvm::json::Value(V.Reason) : nullptr;
      Obj["witness_line"] =
          V.Escapes ? llvm::json::Value(V.Witness.Line) : nullptr;
      Vars.push_back(std::move(Obj));
    }
    Document["variables"] = std::move(Vars);
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Document)))
     << "\n";
}

std::map<std::string, tooling::Replacements> Reporter::replacements() const {
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
  for (const FindingRecord &R : Findings)
    for (const FixRecord &Fix : R.Fixes) {
      if (!Added.insert({Fix.Where.File, Fix.Offset, Fix.Length,
                         Fix.Replacement})
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
