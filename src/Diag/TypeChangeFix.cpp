//===- TypeChangeFix.cpp - Fix-its that change a vector's type ------------===//

#include "stacklift/Diag/TypeChangeFix.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace stacklift {

/// The header name of an #include line, with its delimiters, or empty.
static llvm::StringRef includedHeader(llvm::StringRef Line) {
  Line = Line.ltrim();
  if (!Line.consume_front("#"))
    return {};
  Line = Line.ltrim();
  if (!Line.consume_front("include"))
    return {};
  Line = Line.trim();
  if (Line.starts_with("<"))
    return Line.take_front(Line.find('>') + 1);
  if (Line.starts_with("\""))
    return Line.take_front(Line.find('"', 1) + 1);
  return {};
}

/// The block an include belongs to. LLVM style: quoted, then angled.
/// Google style also separates the C++ standard library (<vector>, no
/// extension) from other libraries (<boost/...hpp>).
static int includeCategory(llvm::StringRef Header, llvm::StringRef Style) {
  if (Header.starts_with("\""))
    return 0;
  if (Style == "google" && !Header.contains('.'))
    return 1;
  return 2;
}

std::optional<size_t> includeInsertionOffset(llvm::StringRef FileText,
                                             llvm::StringRef Header,
                                             llvm::StringRef Style) {
  int Category = includeCategory(Header, Style);
  std::optional<size_t> BeforeSameKind, AfterSameKind, AfterAny;
  size_t Offset = 0;
  while (Offset < FileText.size()) {
    size_t End = FileText.find('\n', Offset);
    size_t Next = End == llvm::StringRef::npos ? FileText.size() : End + 1;
    llvm::StringRef Included =
        includedHeader(FileText.slice(Offset, Next).rtrim());
    if (!Included.empty()) {
      if (Included == Header)
        return std::nullopt;
      AfterAny = Next;
      if (includeCategory(Included, Style) == Category) {
        AfterSameKind = Next;
        if (!BeforeSameKind && Header.compare(Included) < 0)
          BeforeSameKind = Offset;
      }
    }
    Offset = Next;
  }
  if (BeforeSameKind)
    return BeforeSameKind;
  if (AfterSameKind)
    return AfterSameKind;
  return AfterAny.value_or(0);
}

std::optional<std::vector<FixItHint>>
typeChangeFix(const VarDecl *Var, llvm::StringRef Template, uint64_t Capacity,
              llvm::StringRef Header, llvm::StringRef IncludeStyle,
              const FunctionIndex &Fn) {
  ASTContext &Ctx = Fn.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  // One variable per declaration: the type is shared by all of them.
  for (const DynTypedNode &Parent : Fn.Parents.parents(*Var))
    if (const auto *DS = Parent.get<DeclStmt>(); DS && !DS->isSingleDecl())
      return std::nullopt;
  TypeSourceInfo *TSI = Var->getTypeSourceInfo();
  if (!TSI)
    return std::nullopt;
  TypeLoc TL = TSI->getTypeLoc();
  auto Spec = TL.getAsAdjusted<TemplateSpecializationTypeLoc>();
  if (!Spec || Spec.getNumArgs() != 1)
    return std::nullopt; // An alias, auto, or an allocator argument.
  SourceRange TypeRange = TL.getSourceRange();
  SourceRange ArgRange = Spec.getArgLoc(0).getSourceRange();
  if (TypeRange.getBegin().isMacroID() || TypeRange.getEnd().isMacroID() ||
      ArgRange.getBegin().isMacroID() || ArgRange.getEnd().isMacroID())
    return std::nullopt;
  // The text between the angle brackets: the argument's own range leaves
  // out the qualifiers in front of it (`const` in `const char *`).
  SourceLocation LAngle = Spec.getLAngleLoc(), RAngle = Spec.getRAngleLoc();
  if (LAngle.isInvalid() || RAngle.isInvalid() || LAngle.isMacroID() ||
      RAngle.isMacroID())
    return std::nullopt;
  bool Invalid = false;
  llvm::StringRef Element =
      Lexer::getSourceText(
          CharSourceRange::getCharRange(LAngle.getLocWithOffset(1), RAngle), SM,
          LO, &Invalid)
          .trim();
  if (Invalid || Element.empty())
    return std::nullopt;
  std::vector<FixItHint> Fixes;
  Fixes.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(TypeRange),
      (Template + "<" + Element + ", " + llvm::Twine(Capacity) + ">").str()));
  if (!Header.empty()) {
    FileID File = SM.getFileID(TypeRange.getBegin());
    SM.getBufferData(File, &Invalid);
    if (Invalid)
      return std::nullopt;
    if (std::optional<FixItHint> Include =
            includeFix(File, Header, IncludeStyle, SM))
      Fixes.push_back(std::move(*Include));
  }
  return Fixes;
}

std::optional<FixItHint> includeFix(FileID File, llvm::StringRef Header,
                                    llvm::StringRef IncludeStyle,
                                    const SourceManager &SM) {
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  std::optional<size_t> At = includeInsertionOffset(Text, Header, IncludeStyle);
  if (!At)
    return std::nullopt;
  return FixItHint::CreateInsertion(
      SM.getLocForStartOfFile(File).getLocWithOffset(*At),
      ("#include " + Header + "\n").str());
}

std::optional<std::string> declaredTypeText(const VarDecl *Var,
                                            const ASTContext &Ctx) {
  TypeSourceInfo *TSI = Var->getTypeSourceInfo();
  if (!TSI)
    return std::nullopt;
  SourceRange Range = TSI->getTypeLoc().getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return std::nullopt;
  bool Invalid = false;
  llvm::StringRef Text =
      Lexer::getSourceText(CharSourceRange::getTokenRange(Range),
                           Ctx.getSourceManager(), Ctx.getLangOpts(), &Invalid)
          .trim();
  if (Invalid || Text.empty())
    return std::nullopt;
  return Text.str();
}

std::optional<std::vector<FixItHint>>
returnCopyFixes(const VarDecl *Var, llvm::ArrayRef<const ReturnStmt *> Returns,
                bool Move, const FunctionIndex &Fn) {
  std::optional<std::string> Type = declaredTypeText(Var, Fn.Ctx);
  if (!Type || Returns.empty())
    return std::nullopt;
  std::string Begin = Var->getName().str() + ".begin()";
  std::string End = Var->getName().str() + ".end()";
  if (Move) {
    Begin = "std::make_move_iterator(" + Begin + ")";
    End = "std::make_move_iterator(" + End + ")";
  }
  std::string Copy = *Type + "(" + Begin + ", " + End + ")";
  const SourceManager &SM = Fn.Ctx.getSourceManager();
  std::vector<FixItHint> Fixes;
  for (const ReturnStmt *Ret : Returns) {
    const Expr *Value = Ret->getRetValue();
    if (!Value)
      return std::nullopt;
    SourceRange Range = Value->getSourceRange();
    if (Range.isInvalid() || Range.getBegin().isMacroID() ||
        Range.getEnd().isMacroID())
      return std::nullopt;
    // `return(v);`: the type's name must not join the keyword.
    bool Invalid = false;
    const char *Before = SM.getCharacterData(Range.getBegin(), &Invalid) - 1;
    if (Invalid)
      return std::nullopt;
    bool Joins = isAsciiIdentifierContinue(*Before);
    Fixes.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Range), (Joins ? " " : "") + Copy));
  }
  return Fixes;
}

} // namespace stacklift
