import type { ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isDestructive?: boolean;
};

/** A modal question. Cancel has focus first, so Enter never destroys by accident. */
export const ConfirmDialog = ({
  isOpen,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  isDestructive = false,
}: ConfirmDialogProps) => (
  <ModalDialog isOpen={isOpen} title={title} onClose={onCancel} className="confirm-dialog">
    {children}
    <div className="button-row">
      <button type="button" className="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
      <button
        type="button"
        className={isDestructive ? 'button button-danger' : 'button button-primary'}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </div>
  </ModalDialog>
);
