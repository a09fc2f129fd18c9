//===- FindingBuilder.cpp - Analysis results into a finding ---------------===//

#include "stacklift/Diag/FindingBuilder.h"
#include "stacklift/Analysis/Index/LoopStructure.h"
#include "stacklift/Diag/Messages.h"
#include "stacklift/Diag/TypeChangeFix.h"
#include "stacklift/Support/SourceText.h"
#include "stacklift/Support/StdNames.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace stacklift {

std::string formatMessage(llvm::StringRef Format,
                          llvm::ArrayRef<std::string> Args) {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] == '%' && I + 1 < Format.size() &&
        llvm::isDigit(Format[I + 1])) {
      size_t Index = Format[I + 1] - '0';
      if (Index < Args.size()) {
        Out += Args[Index];
        ++I;
        continue;
      }
    }
    Out += Format[I];
  }
  return Out;
}

std::string groupDigits(uint64_t N) {
  std::string Digits = std::to_string(N);
  std::string Out;
  for (size_t I = 0; I < Digits.size(); ++I) {
    if (I > 0 && (Digits.size() - I) % 3 == 0)
      Out += ',';
    Out += Digits[I];
  }
  return Out;
}

namespace {
/// The formats of the note of one EscapeReason.
struct EscapeNoteFormats {
  /// The format, or null for no note.
  const char *Format;
  /// Instead, when no callee or target is named; null: Format.
  const char *Unnamed = nullptr;
  /// Instead, when an address, a pointer to the elements or a lambda
  /// escapes rather than the vector; null: as above.
  const char *Indirect = nullptr;
};
} // namespace

/// The notes, indexed by EscapeReason.
static constexpr EscapeNoteFormats EscapeNotes[] = {
    /*None*/ {nullptr},
    /*Returned*/ {msg::EscapesReturned},
    /*Thrown*/ {msg::EscapesThrown},
    /*PassedByReference*/
    {msg::EscapesPassedByReference, nullptr, msg::EscapesPassedTo},
    /*MovedOut*/ {msg::EscapesMovedInto, msg::EscapesMovedOut},
    /*CapturedByReference*/
    {msg::EscapesCapturedByReferencePassedTo, msg::EscapesCapturedByReference},
    /*StoredInMember*/ {msg::EscapesStoredInMember},
    /*StoredInGlobal*/ {msg::EscapesStoredInGlobal},
    /*StoredThroughParameter*/ {msg::EscapesStoredThroughParameter},
    /*StoredOnHeap*/ {msg::EscapesStoredOnHeapBy, msg::EscapesStoredUnknown},
    /*CoReturned*/ {msg::EscapesCoReturned},
    /*CoYielded*/ {msg::EscapesCoYielded},
};
static_assert(std::size(EscapeNotes) == NumEscapeReasons,
              "one note per EscapeReason");

std::string escapeNote(llvm::StringRef Vector, const EscapeResult &Escape) {
  std::string Via;
  switch (Escape.Via) {
  case EscapeVia::Value:
    break;
  case EscapeVia::Address:
    Via = msg::EscapeViaAddress;
    break;
  case EscapeVia::Elements:
    Via = msg::EscapeViaElements;
    break;
  case EscapeVia::Lambda:
    Via = msg::EscapeViaLambda;
    break;
  }
  std::string Name = Escape.Callee.empty() ? Escape.Target : Escape.Callee;
  const EscapeNoteFormats &Note =
      EscapeNotes[static_cast<unsigned>(Escape.Reason)];
  if (!Note.Format)
    return {};
  const char *Format = Note.Format;
  if (Note.Indirect && Escape.Via != EscapeVia::Value)
    Format = Note.Indirect;
  else if (Note.Unnamed && Name.empty())
    Format = Note.Unnamed;
  else if (Escape.Reason == EscapeReason::StoredOnHeap &&
           Escape.Target == "new")
    Format = msg::EscapesStoredOnHeap; // A plain new-expression.
  return formatMessage(Format, {Vector.str(), Name, Via});
}

/// The note for a step of an escape chain before the last.
static std::string escapeStepNote(const EscapeStep &Step) {
  const char *Format = msg::EscapeStepFlow;
  switch (Step.Kind) {
  case FlowKind::AddressOf:
    Format = msg::EscapeStepAddressOf;
    break;
  case FlowKind::Elements:
    Format = msg::EscapeStepElements;
    break;
  case FlowKind::RefBind:
    Format = msg::EscapeStepRefBind;
    break;
  case FlowKind::Move:
    Format = msg::EscapeStepMove;
    break;
  case FlowKind::Capture:
    Format = msg::EscapeStepCapture;
    break;
  case FlowKind::Store:
    Format = msg::EscapeStepStore;
    break;
  default:
    break;
  }
  return formatMessage(Format, {Step.From, Step.To});
}

/// One note per step of the chain, the last one saying why the vector
/// escapes; at most MaxEscapeNotes, keeping the first steps and the last.
static void addEscapeNotes(llvm::StringRef Vector, const EscapeResult &Escape,
                           const SourceManager &SM, Finding &Out) {
  constexpr size_t MaxEscapeNotes = 3;
  const auto &Chain = Escape.Chain;
  for (size_t I = 0; I + 1 < Chain.size(); ++I) {
    if (I + 1 >= MaxEscapeNotes)
      break;
    if (Chain[I].Where)
      Out.Notes.push_back({SM.getExpansionLoc(Chain[I].Where->getBeginLoc()),
                           escapeStepNote(Chain[I])});
  }
  Out.Notes.push_back({SM.getExpansionLoc(Escape.Witness->getBeginLoc()),
                       escapeNote(Vector, Escape)});
}

std::string sizeTypeSpelling(const VarDecl &Vector) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Vector.getType()->getAsCXXRecordDecl());
  if (isStdName(Spec, "vector") && Spec->getTemplateArgs().size() == 2 &&
      Spec->getTemplateArgs()[1].getKind() == TemplateArgument::Type)
    if (isStdName(Spec->getTemplateArgs()[1].getAsType()->getAsCXXRecordDecl(),
                  "allocator"))
      return "std::size_t";
  // In a template's text, decltype(v) of a dependent v names a dependent
  // type: its member type needs `typename` (allowed everywhere since C++11).
  llvm::StringRef Typename = instantiatedFunctionOf(&Vector) ? "typename " : "";
  return (Typename + "decltype(" + Vector.getName() + ")::size_type").str();
}

std::string reserveStatement(llvm::StringRef Vector, const TripCount &Count,
                             bool MayBeNonEmpty, unsigned Extra,
                             llvm::StringRef SizeType) {
  // FIXME: only an Atom goes without parentheses here, so a count that is
  // one parenthesised group gets a second pair (`((n)) + 1`), where the
  // trip-count texts write `(n) * m`. Kept so that fixes stay as they were.
  constexpr TextBinding Loosest = TextBinding::Atom;
  std::string Amount = Count.SizeText.empty() ? Count.Text : Count.SizeText;
  if (Extra && Count.Constant && Count.Constant->getActiveBits() < 63)
    Amount = std::to_string(Count.Constant->getZExtValue() + Extra);
  else if (Extra)
    Amount = parenthesized(Amount, Loosest) + " + " + std::to_string(Extra);
  // int n: `v.reserve(n)` converts n to size_t, which -Wsign-conversion
  // reports; under the guard the value is not negative, so say so.
  std::string Operand = parenthesized(Amount, Loosest);
  if (Count.MayBeSigned && !Count.Constant) {
    Amount = "static_cast<" +
             (SizeType.empty() ? "decltype(" + Vector.str() + ")::size_type"
                               : SizeType.str()) +
             ">(" + Amount + ")";
    Operand = Amount;
  }
  if (MayBeNonEmpty)
    Amount = Vector.str() + ".size() + " + Operand;
  std::string Call = Vector.str() + ".reserve(" + Amount + ");";
  if (Count.Guard.empty())
    return Call;
  return "if (" + Count.Guard + ") " + Call;
}

/// The fix-it that inserts the reserve statement before the loop, or the
/// note that says why there is none.
static void addReserveFix(const GrowthSite &Site, const TripCount &Count,
                          const FunctionIndex &Fn, Finding &Out) {
  ASTContext &Ctx = Fn.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Point = insertionPointBefore(Site.Loop, Fn.Parents);
  if (!Point) {
    Out.Notes.push_back({Site.Loop->getBeginLoc(), msg::NoFixNotInBlock});
    return;
  }
  SourceLocation Begin = Point->getBeginLoc();
  // The statement goes before the loop: a body that ends in a macro
  // (`ADD(v, i);`, a growth call spelled in a macro) does not matter, a
  // loop that starts in one does.
  if (Begin.isMacroID() || Site.Loop->getBeginLoc().isMacroID()) {
    Out.Notes.push_back({SM.getExpansionLoc(Begin), msg::NoFixMacro});
    return;
  }
  std::string Text =
      reserveStatement(Site.Vector->getName(), Count, Site.MayBeNonEmpty,
                       Site.TrailingGrowth, sizeTypeSpelling(*Site.Vector));
  std::optional<std::string> PointIndent = indentationOf(Begin, SM);
  if (!PointIndent) {
    // Something precedes the loop on its line: insert in the line.
    Out.Fixes.push_back(FixItHint::CreateInsertion(Begin, Text + " "));
    return;
  }
  // A line of its own, indented like the loop (not like its label), placed
  // at the start of the line of the insertion point.
  std::optional<std::string> LoopIndent =
      indentationOf(Site.Loop->getBeginLoc(), SM);
  Text = LoopIndent.value_or(*PointIndent) + Text + "\n";
  Begin = Begin.getLocWithOffset(-static_cast<int>(PointIndent->size()));
  Out.Fixes.push_back(FixItHint::CreateInsertion(Begin, Text));
}

/// The note at the declaration that names the new type, with the fix-its
/// that write it when the declaration can be rewritten.
static void addTypeChangeNote(const GrowthSite &Site,
                              const TypeChangePlan &Plan,
                              const FunctionIndex &Fn, Finding &Out) {
  ASTContext &Ctx = Fn.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  QualType Element;
  std::string ElementText = "T";
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Site.Vector->getType()->getAsCXXRecordDecl()))
    if (Spec->getTemplateArgs().size() > 0 &&
        Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      ElementText = Spec->getTemplateArgs()[0].getAsType().getAsString(
          Ctx.getPrintingPolicy());
  std::string NewType = Plan.Template + "<" + ElementText + ", " +
                        std::to_string(Plan.Capacity) + ">";
  std::optional<std::vector<FixItHint>> Fixes =
      typeChangeFix(Site.Vector, Plan.Template, Plan.Capacity, Plan.Header,
                    Plan.IncludeStyle, Fn);
  // The note names the type as the fix writes it, in the source's spelling
  // (`std::string`, not `std::basic_string<char>`).
  if (Fixes)
    for (const FixItHint &Fix : *Fixes)
      if (llvm::StringRef(Fix.CodeToInsert).starts_with(Plan.Template + "<"))
        NewType = Fix.CodeToInsert;
  FindingNote Note{SM.getExpansionLoc(Site.Vector->getLocation()),
                   formatMessage(Plan.ArrayIndex.empty() ? msg::UseInstead
                                                         : msg::UseArrayInstead,
                                 {NewType})};
  if (Plan.ComparedWith) {
    // The vector it is compared with becomes the same type, in the same
    // note's fix-its, on one of the two findings only.
    std::string Partner = Plan.ComparedWith->getName().str();
    std::string Self = Site.Vector->getName().str();
    std::optional<std::vector<FixItHint>> PartnerFixes =
        typeChangeFix(Plan.ComparedWith, Plan.Template, Plan.Capacity, "",
                      Plan.IncludeStyle, Fn);
    if (Plan.FixOnPartner || !PartnerFixes)
      Fixes.reset();
    else
      llvm::append_range(*Fixes, *PartnerFixes);
    Note.Message = formatMessage(Plan.FixOnPartner ? msg::UseInsteadAsPartner
                                                   : msg::UseInsteadWithPartner,
                                 {NewType, Partner, Self});
  }
  if (!Plan.ReturnsCopied.empty()) {
    // Rule P8: the returns copy the inline buffer into the declared type.
    std::optional<std::string> Type = declaredTypeText(Site.Vector, Ctx);
    std::optional<std::vector<FixItHint>> Copies =
        returnCopyFixes(Site.Vector, Plan.ReturnsCopied, Plan.MoveElements, Fn);
    if (Fixes && Copies)
      llvm::append_range(*Fixes, *Copies);
    else
      Fixes.reset();
    if (Fixes && !Plan.MoveHeader.empty())
      if (std::optional<FixItHint> Include = includeFix(
              SM.getFileID(SM.getExpansionLoc(Site.Vector->getLocation())),
              Plan.MoveHeader, Plan.IncludeStyle, SM))
        Fixes->push_back(std::move(*Include));
    Note.Message = formatMessage(
        Plan.MoveElements ? msg::UseInsteadReturnMove
                          : msg::UseInsteadReturnCopy,
        {NewType, Type.value_or(Site.Vector->getType().getAsString(
                      Ctx.getPrintingPolicy()))});
  }
  if (Fixes && !Plan.ArrayIndex.empty()) {
    // v.push_back(x) becomes v[i] = x.
    std::optional<std::string> Value =
        sourceText(Site.GrowthCall->getArg(0), Ctx);
    SourceRange Call = Site.GrowthCall->getSourceRange();
    if (!Value || Call.getBegin().isMacroID() || Call.getEnd().isMacroID())
      Fixes.reset();
    else
      Fixes->push_back(
          FixItHint::CreateReplacement(CharSourceRange::getTokenRange(Call),
                                       Site.Vector->getName().str() + "[" +
                                           Plan.ArrayIndex + "] = " + *Value));
  }
  if (Fixes)
    Note.Fixes = std::move(*Fixes);
  Out.Notes.push_back(std::move(Note));
}

std::optional<Finding>
buildFinding(const GrowthSite &Site, const TripCount &Count,
             const EscapeResult &Escape, const RemedyDecision &Remedy,
             const FunctionIndex &Fn, const TypeChangePlan *Plan,
             const CompatibilityResult *Blocked) {
  if (Remedy.Kind == RemedyKind::None)
    return std::nullopt;
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  Finding Out;
  Out.Variable = Site.Vector->getName().str();
  Out.Remedy = Remedy.Kind;
  Out.Loc = SM.getExpansionLoc(Site.GrowthCall->getBeginLoc());
  std::string Method = Site.GrowthCall->getMethodDecl()->getName().str();
  bool ChangesType = Remedy.Kind == RemedyKind::FixedCapacity ||
                     Remedy.Kind == RemedyKind::InlineBuffer;
  if (ChangesType && Remedy.Rule == "P5")
    Out.Message =
        formatMessage(msg::GrowsOverSmallSource, {Out.Variable, Method});
  else if (ChangesType && Remedy.Rule == "P7")
    Out.Message =
        formatMessage(msg::GrowsMeasuredSmall, {Out.Variable, Method});
  else if (ChangesType && Remedy.Rule == "P8")
    Out.Message =
        formatMessage(msg::GrowsMeasuredSmallReturned, {Out.Variable, Method});
  else if (ChangesType)
    Out.Message = formatMessage(
        msg::GrowsToAtMost,
        {Out.Variable, Method, std::to_string(Remedy.Capacity),
         Remedy.Kind == RemedyKind::FixedCapacity ? "a fixed-capacity container"
                                                  : "an inline buffer"});
  else
    Out.Message = formatMessage(Count.CountsIterations ? msg::GrowsInLoop
                                                       : msg::GrowsByElements,
                                {Out.Variable, Method, Count.Text});
  if (Count.Witness && !Count.Text.empty())
    Out.Notes.push_back(
        {SM.getExpansionLoc(Count.Witness->getBeginLoc()),
         formatMessage(Count.CountsIterations ? msg::LoopRuns : msg::LoopAdds,
                       {Count.Text})});
  if (Escape.escapes() && Escape.Witness)
    addEscapeNotes(Out.Variable, Escape, SM, Out);
  if (Blocked && !Blocked->compatible() && Blocked->Witness)
    Out.Notes.push_back(
        {SM.getExpansionLoc(Blocked->Witness->getBeginLoc()),
         formatMessage(msg::CannotChangeType, {Out.Variable, Blocked->Why})});
  if (Remedy.Kind == RemedyKind::Reserve)
    addReserveFix(Site, Count, Fn, Out);
  else if (ChangesType && Plan)
    addTypeChangeNote(Site, *Plan, Fn, Out);
  return Out;
}

} // namespace stacklift
