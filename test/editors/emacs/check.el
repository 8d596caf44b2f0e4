;;; check.el --- headless Eglot test (run.sh)  -*- lexical-binding: t; -*-
;; Opens the instrument named by POA_TEST_FILE, starts Eglot as `eglot-ensure'
;; would, waits for diagnostics, applies the quick fix for the missing term,
;; formats, asks for the preview, and checks that Eglot logged no warning about
;; an unsupported registration. Exits 0 when all pass, 1 otherwise.
(require 'cl-lib)
(require 'flymake)

(defun poa-test-fail (fmt &rest args)
  (princ (concat "emacs test FAILED: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))
(defun poa-test-step (fmt &rest args)
  (princ (concat "emacs test: " (apply #'format fmt args) "\n") #'external-debugging-output))
(defun poa-test-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (funcall pred)))
(defun poa-test-lsp-diagnostics ()
  "The LSP diagnostics behind Flymake's (Eglot keeps each in the diagnostic's data)."
  (delq nil (mapcar (lambda (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))) (flymake-diagnostics))))

(condition-case err
    (progn
      (find-file (getenv "POA_TEST_FILE"))
      (unless (eq major-mode 'poa-mode) (poa-test-fail "major mode is %s, not poa-mode" major-mode))
      ;; `eglot-ensure' starts the server from the command loop, which batch mode has not: start it as it would.
      (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
      (unless (poa-test-wait #'eglot-current-server 20) (poa-test-fail "Eglot did not connect"))
      (flymake-mode 1)
      (flymake-start)
      ;; 1. Diagnostics.
      (unless (poa-test-wait (lambda () (cl-some (lambda (d) (string-match-p "term" (flymake-diagnostic-text d))) (flymake-diagnostics))) 20)
        (poa-test-fail "no diagnostic about the missing term within 20 s: %S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
      (poa-test-step "diagnostics: %d" (length (flymake-diagnostics)))
      ;; 2. The quick fix for the missing term, as M-x eglot-code-actions offers it.
      (let* ((server (eglot-current-server))
             (diags (cl-remove-if-not (lambda (d) (equal (plist-get d :code) "poa/missing-term")) (poa-test-lsp-diagnostics)))
             (actions (jsonrpc-request server :textDocument/codeAction
                                       (list :textDocument (eglot--TextDocumentIdentifier)
                                             :range (plist-get (car diags) :range)
                                             :context (list :diagnostics (vconcat diags)))))
             (action (cl-find-if (lambda (a) (plist-get a :edit)) actions)))
        (unless action (poa-test-fail "no quick fix offered for poa/missing-term (%d diagnostics)" (length diags)))
        (eglot--apply-workspace-edit (plist-get action :edit))
        (unless (string-match-p "\n *term *{" (buffer-string)) (poa-test-fail "the quick fix did not insert a term clause:\n%s" (buffer-string)))
        (poa-test-step "quick fix applied: %s" (plist-get action :title)))
      ;; 3. Formatting.
      (unless (string-match-p "\n          kind section16" (buffer-string)) (poa-test-fail "the test file lost its bad indentation"))
      (eglot-format-buffer)
      (unless (poa-test-wait (lambda () (string-match-p "\n    kind section16\n" (buffer-string))) 10)
        (poa-test-fail "formatting did not re-indent the file:\n%s" (buffer-string)))
      (poa-test-step "formatted")
      ;; 4. The preview (browse-url does nothing useful in batch; the file is what counts).
      (let* ((browse-url-browser-function #'ignore)
             (file (poa-preview)))
        (unless (and file (file-readable-p file)) (poa-test-fail "poa-preview wrote no file"))
        (poa-test-step "preview written to %s" file))
      ;; 5. No warning about registrations Eglot cannot take.
      (with-current-buffer "*Messages*"
        (when (string-match-p "unsupported capability" (buffer-string))
          (poa-test-fail "Eglot warned: %s" (buffer-string))))
      (poa-test-step "passed")
      (kill-emacs 0))
  (error (poa-test-fail "%S" err)))
