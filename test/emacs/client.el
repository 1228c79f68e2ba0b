;; Emacs with eglot as a real LSP client, in batch: the setup of
;; docs/editor.md (read from the page and evaluated), two plans of one
;; project and a notes file. Writes the servers running, which buffers they
;; manage, whether the server's file watchers were registered and the first
;; plan's diagnostics, then quits.
(require 'subr-x)
(let* ((docs (with-temp-buffer
               (insert-file-contents (getenv "TPLAN_DOCS"))
               (buffer-string)))
       (start (string-match "For Emacs with eglot" docs))
       (from (+ (string-match "```elisp\n" docs start) (length "```elisp\n")))
       (to (string-match "```" docs from)))
  (with-temp-buffer
    (insert (substring docs from to))
    (eval-buffer)))
;; The built server stands in for the installed command.
(setq eglot-server-programs
      (mapcar (lambda (e)
                (if (eq (car e) 'tplan-mode) (cons 'tplan-mode (list (getenv "TPLAN_SERVER") "--stdio")) e))
              eglot-server-programs))
(defvar tplan-before-first-command nil
  "Whether a server ran for the first plan before its first command (docs/editor.md says none does).")
(defun tplan-open (file)
  (find-file file)
  (unless tplan-before-first-command
    (setq tplan-before-first-command (if (eglot-current-server) "running" "none")))
  ;; eglot-ensure starts the server after the next command (a key press); batch Emacs has no command loop.
  (run-hooks 'post-command-hook)
  (current-buffer))
(let* ((a (tplan-open (getenv "TPLAN_A")))
       (b (tplan-open (getenv "TPLAN_B")))
       (notes (tplan-open (getenv "TPLAN_NOTES")))
       (n 0))
  (with-current-buffer a
    (while (and (< n 300) (null (flymake-diagnostics)))
      (accept-process-output nil 0.1)
      (setq n (1+ n))))
  (let ((out (format "before the first command: %s\nservers %d\n" tplan-before-first-command
                     (length (hash-table-keys eglot--servers-by-project)))))
    (dolist (buf (list a b notes))
      (setq out (concat out (format "%s %s\n" (buffer-name buf)
                                    (if (with-current-buffer buf (eglot-current-server)) "managed" "alone")))))
    ;; The server asked eglot to watch config, module and code files (dynamic registration).
    (setq out (concat out (format "watching %s\n"
                                  (with-current-buffer a
                                    (> (hash-table-count (eglot--file-watches (eglot-current-server))) 0)))))
    (with-current-buffer a
      (dolist (d (flymake-diagnostics))
        (setq out (concat out (format "%d %s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                                      (flymake-diagnostic-text d))))))
    (with-temp-file (getenv "TPLAN_OUT") (insert out))))
(kill-emacs 0)
