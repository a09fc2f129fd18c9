//===- SourceText.cpp - Expressions as the user wrote them ----------------===//

#include "stacklift/Support/SourceText.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

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
  return asOperand(E, std::move(*Text));
}

/// True when \p Text, which starts with '(' and ends with ')', is one
/// group: the first parenthesis closes at the end.
static bool isOneGroup(llvm::StringRef Text) {
  int Depth = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    Depth += Text[I] == '(' ? 1 : Text[I] == ')' ? -1 : 0;
    if (Depth == 0)
      return I + 1 == Text.size();
  }
  return false;
}

TextBinding textBinding(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.empty())
    return TextBinding::Loose;
  if (Text.consume_front("static_cast<std::size_t>"))
    return Text.starts_with("(") && Text.ends_with(")") && isOneGroup(Text)
               ? TextBinding::Group
               : TextBinding::Loose;
  if (Text.front() == '(' && Text.back() == ')')
    return isOneGroup(Text) ? TextBinding::Group : TextBinding::Loose;
  if (Text.consume_back("()") && Text.empty())
    return TextBinding::Loose;
  bool Atom = llvm::all_of(Text, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.' || C == ':';
  });
  return Atom ? TextBinding::Atom : TextBinding::Loose;
}

std::string parenthesized(llvm::StringRef Text, TextBinding Loosest) {
  if (textBinding(Text) <= Loosest)
    return Text.str();
  return "(" + Text.str() + ")";
}

std::string asOperand(const Expr *E, std::string Text) {
  const Expr *Bare = E->IgnoreImplicit();
  if (isa<DeclRefExpr>(Bare) || isa<IntegerLiteral>(Bare) ||
      isa<ParenExpr>(Bare) || isa<CallExpr>(Bare) ||
      isa<CXXNamedCastExpr>(Bare) || isa<CXXFunctionalCastExpr>(Bare) ||
      isa<MemberExpr>(Bare) || isa<CharacterLiteral>(Bare) ||
      isa<UnaryExprOrTypeTraitExpr>(Bare))
    return Text;
  return parenthesized(Text);
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
