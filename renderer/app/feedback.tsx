/**
 * Toasts and confirmation dialogs: one provider, used by every screen through useFeedback().
 * Errors stay on screen until dismissed; other toasts fade after a few seconds.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorMessage } from './errors';

type ToastKind = 'info' | 'success' | 'error';
interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

interface Feedback {
  notify(message: string, kind?: ToastKind): void;
  showError(error: unknown): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

const FeedbackContext = createContext<Feedback | null>(null);

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside FeedbackProvider');
  return feedback;
}

const TOAST_MS = 5000;

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [pending, setPending] = useState<(ConfirmOptions & { resolve: (ok: boolean) => void }) | null>(null);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const notify = useCallback(
    (message: string, kind: ToastKind = 'info') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-4), { id, kind, message }]);
      if (kind !== 'error') window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  const feedback = useMemo<Feedback>(
    () => ({
      notify,
      showError: (error) => notify(errorMessage(error), 'error'),
      confirm: (options) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    }),
    [notify],
  );

  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <FeedbackContext.Provider value={feedback}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
            <button type="button" className="toast-close" aria-label="Đóng thông báo" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
      {pending && <ConfirmDialog options={pending} onAnswer={answer} />}
    </FeedbackContext.Provider>
  );
}

function ConfirmDialog({ options, onAnswer }: { options: ConfirmOptions; onAnswer: (ok: boolean) => void }) {
  return (
    <Modal title={options.title} onClose={() => onAnswer(false)}>
      <p className="dialog-message">{options.message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onAnswer(false)}>
          {options.cancelLabel ?? 'Hủy'}
        </button>
        <button
          type="button"
          className={options.danger ? 'button-danger' : 'button-primary'}
          onClick={() => onAnswer(true)}
          autoFocus
        >
          {options.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

/** A modal on the native <dialog>: the browser traps focus, Escape closes it, the page behind is inert. */
export function Modal({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
