;;; poa-eglot.el --- POA files in Emacs with Eglot (docs/editors.md)  -*- lexical-binding: t; -*-
;; The headless test (run.sh) loads this very file, so the documented set-up is
;; the tested one. POA_SERVER overrides the command (default: poa-language-server
;; from `npm install -g`).
(require 'eglot)

(define-derived-mode poa-mode prog-mode "POA"
  "Major mode for POA power-of-attorney files (diagnostics, completion, fixes from the language server)."
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 4))

(add-to-list 'auto-mode-alist '("\\.poa\\'" . poa-mode))

(add-to-list 'eglot-server-programs
             `(poa-mode . ,(if (getenv "POA_SERVER")
                               (list "node" (getenv "POA_SERVER") "--stdio")
                             '("poa-language-server" "--stdio"))))
(add-hook 'poa-mode-hook #'eglot-ensure)

(defun poa-preview ()
  "Render the current instrument to HTML through the language server and open it in the browser."
  (interactive)
  (let* ((server (eglot--current-server-or-lose))
         (result (jsonrpc-request server :workspace/executeCommand
                                  `(:command "poa.server.preview"
                                    :arguments [,(eglot--path-to-uri (buffer-file-name))]))))
    (browse-url-of-file (plist-get result :file))
    (plist-get result :file)))

(provide 'poa-eglot)
;;; poa-eglot.el ends here
