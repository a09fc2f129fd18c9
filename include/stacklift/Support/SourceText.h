//===- SourceText.h - Expressions as the user wrote them --------*- C++ -*-===//
//
// Fix-its are built from source text, never from pretty-printing: the text of
// an expression is the tokens the user wrote, or nothing when they come from
// a macro expansion that cannot be mapped back to one file range.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_SUPPORT_SOURCETEXT_H
#define STACKLIFT_SUPPORT_SOURCETEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace stacklift {

/// The text of \p E as written, or std::nullopt when it is not one contiguous
/// range of one file (for example, part of a macro argument).
std::optional<std::string> sourceText(const clang::Expr *E,
                                      const clang::ASTContext &Ctx);

/// Like sourceText, as the operand of a binary operator: asOperand(E, text).
std::optional<std::string> operandText(const clang::Expr *E,
                                       const clang::ASTContext &Ctx);

/// How tightly a text binds next to a binary operator, read from the text
/// alone. Counts are carried as text (TripCount::Text, SizeText), built from
/// the source and from each other; this is the one rule that says when such
/// a text needs parentheses.
enum class TextBinding {
  /// A name, a number, or a member access or call on a name with no
  /// parentheses but a final `()`: `n`, `16`, `c.size()`, `ns::kMax`.
  Atom,
  /// One parenthesised group, `(n + 1)`, or the conversion a count's code
  /// writes itself around one, `static_cast<std::size_t>(n)`.
  Group,
  /// Anything else, which may hold an operator at its top level: `n - 1`,
  /// `-1`, `f(x)`, `static_cast<int>(n)`, `(a) * (b)`.
  Loose,
};

/// The binding of \p Text, leading and trailing spaces ignored; an empty
/// text is Loose.
TextBinding textBinding(llvm::StringRef Text);

/// \p Text as the operand of a binary operator: as it is when it binds at
/// least as tightly as \p Loosest, else in parentheses.
std::string parenthesized(llvm::StringRef Text,
                          TextBinding Loosest = TextBinding::Group);

/// \p Text, the text of \p E (or of \p E rewritten), as the operand of a
/// binary operator: as it is when \p E binds tighter than any binary
/// operator (a name, a literal, a call, a member access, a cast written as
/// a call, sizeof, parentheses), else parenthesized(Text).
std::string asOperand(const clang::Expr *E, std::string Text);

/// The whitespace that precedes \p Loc on its line, or std::nullopt when
/// something other than whitespace precedes it.
std::optional<std::string> indentationOf(clang::SourceLocation Loc,
                                         const clang::SourceManager &SM);

} // namespace stacklift

#endif // STACKLIFT_SUPPORT_SOURCETEXT_H
