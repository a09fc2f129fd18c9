//===- SourceText.cpp - Expressions as the user wrote them ----------------===//

#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace stacklift {

std::optional<std::string> sourceText(const Expr *E, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Ctx.getLangOpts());
  if (Range.isInvalid())
    return std::nullopt;
  bool Invalid = false;
  StringRef Text = Lexer::getSourceText(Range, SM, Ctx.getLangOpts(), &Invalid);
  if (Invalid || Text.empty())
    return std::nullopt;
  return Text.str();
}

std::optional<std::string> operandText(const Expr *E, const ASTContext &Ctx) {
  std::optional<std::string> Text = sourceText(E, Ctx);
  if (!Text)
    return std::nullopt;
  const Expr *Bare = E->IgnoreImplicit();
  if (isa<DeclRefExpr>(Bare) || isa<IntegerLiteral>(Bare) ||
      isa<ParenExpr>(Bare) || isa<CallExpr>(Bare) || isa<MemberExpr>(Bare) ||
      isa<CharacterLiteral>(Bare) || isa<UnaryExprOrTypeTraitExpr>(Bare))
    return Text;
  return "(" + *Text + ")";
}

std::optional<std::string> indentationOf(SourceLocation Loc,
                                         const SourceManager &SM) {
  if (Loc.isInvalid() || Loc.isMacroID())
    return std::nullopt;
  auto [File, Offset] = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  StringRef Before = Buffer.substr(0, Offset);
  StringRef Line = Before.substr(Before.find_last_of('\n') + 1);
  if (Line.find_first_not_of(" \t") != StringRef::npos)
    return std::nullopt;
  return Line.str();
}

} // namespace stacklift
