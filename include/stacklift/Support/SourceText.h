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

/// Like sourceText, in parentheses unless the expression binds tighter than
/// any binary operator (a name, a literal, a call, a member access).
std::optional<std::string> operandText(const clang::Expr *E,
                                       const clang::ASTContext &Ctx);

/// The whitespace that precedes \p Loc on its line, or std::nullopt when
/// something other than whitespace precedes it.
std::optional<std::string> indentationOf(clang::SourceLocation Loc,
                                         const clang::SourceManager &SM);

} // namespace stacklift

#endif // STACKLIFT_SUPPORT_SOURCETEXT_H
