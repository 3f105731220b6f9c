/* sal.h - Source annotation language (SAL) macros.
 * OpenKMDF does not run static analysis; every annotation expands to nothing so that
 * annotated driver sources compile unchanged. */
#ifndef OPENKMDF_SAL_H
#define OPENKMDF_SAL_H

/* Parameters */
#define _In_
#define _In_opt_
#define _In_z_
#define _In_opt_z_
#define _In_reads_(s)
#define _In_reads_opt_(s)
#define _In_reads_bytes_(s)
#define _In_reads_bytes_opt_(s)
#define _In_reads_z_(s)
#define _In_reads_opt_z_(s)
#define _In_reads_or_z_(s)
#define _In_reads_to_ptr_(p)
#define _In_reads_to_ptr_opt_(p)
#define _In_range_(l, h)
#define _In_NLS_string_(s)
#define _Out_
#define _Out_opt_
#define _Out_z_
#define _Out_writes_(s)
#define _Out_writes_opt_(s)
#define _Out_writes_bytes_(s)
#define _Out_writes_bytes_opt_(s)
#define _Out_writes_z_(s)
#define _Out_writes_opt_z_(s)
#define _Out_writes_to_(s, c)
#define _Out_writes_to_opt_(s, c)
#define _Out_writes_all_(s)
#define _Out_writes_all_opt_(s)
#define _Out_writes_bytes_to_(s, c)
#define _Out_writes_bytes_to_opt_(s, c)
#define _Out_writes_bytes_all_(s)
#define _Out_writes_bytes_all_opt_(s)
#define _Out_range_(l, h)
#define _Inout_
#define _Inout_opt_
#define _Inout_z_
#define _Inout_opt_z_
#define _Inout_updates_(s)
#define _Inout_updates_opt_(s)
#define _Inout_updates_z_(s)
#define _Inout_updates_opt_z_(s)
#define _Inout_updates_to_(s, c)
#define _Inout_updates_to_opt_(s, c)
#define _Inout_updates_all_(s)
#define _Inout_updates_all_opt_(s)
#define _Inout_updates_bytes_(s)
#define _Inout_updates_bytes_opt_(s)
#define _Inout_updates_bytes_to_(s, c)
#define _Inout_updates_bytes_to_opt_(s, c)
#define _Inout_updates_bytes_all_(s)
#define _Inout_updates_bytes_all_opt_(s)
#define _Outptr_
#define _Outptr_opt_
#define _Outptr_result_maybenull_
#define _Outptr_opt_result_maybenull_
#define _Outptr_result_z_
#define _Outptr_opt_result_z_
#define _Outptr_result_maybenull_z_
#define _Outptr_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#define _Outptr_result_buffer_(s)
#define _Outptr_result_buffer_maybenull_(s)
#define _Outptr_result_bytebuffer_(s)
#define _Outptr_result_bytebuffer_maybenull_(s)
#define _Outptr_opt_result_bytebuffer_(s)
#define _Outptr_opt_result_buffer_(s)
#define _Outptr_result_buffer_to_(s, c)
#define _Outptr_result_bytebuffer_to_(s, c)
#define _COM_Outptr_
#define _COM_Outptr_opt_
#define _COM_Outptr_result_maybenull_
#define _Deref_out_
#define _Deref_out_opt_
#define _Deref_out_range_(l, h)
#define _Deref_in_range_(l, h)
#define _Deref_pre_z_
#define _Deref_post_z_
#define _Deref_out_z_
#define _Deref_inout_z_
#define _Deref_opt_out_
#define _Deref_pre_maybenull_
#define _Deref_post_maybenull_
#define _Deref_post_null_
#define _Deref_pre_notnull_
#define _Deref_post_notnull_
#define _Deref_out_bound_
#define _Deref_inout_bound_
#define _Deref_pre_readonly_
#define _Deref_ret_z_
#define _Reserved_
#define _Const_
#define _Points_to_data_
#define _Literal_
#define _Notliteral_
#define _Frees_ptr_
#define _Frees_ptr_opt_
#define _Post_ptr_invalid_
#define _Pre_defensive_
#define _Post_defensive_
#define _Scanf_format_string_
#define _Scanf_s_format_string_
#define _Printf_format_string_
#define _Printf_format_string_params_(x)
#define _Format_string_impl_(k, p)
#define _Null_terminated_
#define _NullNull_terminated_
#define _Null_
#define _Notnull_
#define _Maybenull_
#define _Readable_bytes_(s)
#define _Readable_elements_(s)
#define _Writable_bytes_(s)
#define _Writable_elements_(s)
#define _Valid_
#define _Notvalid_
#define _Unchanged_(e)
#define _Old_(e) e
#define _Curr_
#define _Inexpressible_(e)
#define _Struct_size_bytes_(s)
#define _Analysis_noreturn_
#define _Analysis_mode_(m)
#define _Analysis_assume_(e)
#define _Analysis_assume_nullterminated_(e)
#define __analysis_assume(e)
#define __analysis_assert(e)
#define _Analysis_suppress_lock_checking_(l)
#define _Benign_race_begin_
#define _Benign_race_end_
#define _No_competing_thread_
#define _No_competing_thread_begin_
#define _No_competing_thread_end_
#define _Check_return_
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Success_(e)
#define _Return_type_success_(e)
#define _Result_nullonfailure_
#define _Result_zeroonfailure_
#define _Always_(a)
#define _On_failure_(a)
#define _When_(c, a)
#define _At_(t, a)
#define _At_buffer_(t, i, b, a)
#define _Group_(a)
#define _Pre_
#define _Post_
#define _Pre_z_
#define _Post_z_
#define _Pre_valid_
#define _Post_valid_
#define _Pre_invalid_
#define _Post_invalid_
#define _Pre_null_
#define _Post_null_
#define _Pre_notnull_
#define _Post_notnull_
#define _Pre_maybenull_
#define _Post_maybenull_
#define _Pre_readable_size_(s)
#define _Pre_writable_size_(s)
#define _Pre_readable_byte_size_(s)
#define _Pre_writable_byte_size_(s)
#define _Post_readable_size_(s)
#define _Post_writable_size_(s)
#define _Post_readable_byte_size_(s)
#define _Post_writable_byte_size_(s)
#define _Pre_satisfies_(e)
#define _Post_satisfies_(e)
#define _Pre_equal_to_(e)
#define _Post_equal_to_(e)
#define _Pre_unknown_
#define _Pre_opt_valid_
#define _Pre_readonly_
#define _Pre_cap_(s)
#define _Pre_bytecap_(s)
#define _Post_cap_(s)
#define _Post_bytecap_(s)
#define _Post_count_(s)
#define _Post_bytecount_(s)
#define _Post_same_lock_(a, b)
#define _Post_nowrite_
#define _Ret_
#define _Ret_z_
#define _Ret_opt_z_
#define _Ret_null_
#define _Ret_notnull_
#define _Ret_maybenull_
#define _Ret_maybenull_z_
#define _Ret_valid_
#define _Ret_range_(l, h)
#define _Ret_writes_(s)
#define _Ret_writes_z_(s)
#define _Ret_writes_bytes_(s)
#define _Ret_writes_maybenull_(s)
#define _Ret_writes_bytes_maybenull_(s)
#define _Ret_writes_to_(s, c)
#define _Ret_writes_bytes_to_(s, c)
#define _Ret_notnull_z_
#define _Field_size_(s)
#define _Field_size_opt_(s)
#define _Field_size_bytes_(s)
#define _Field_size_bytes_opt_(s)
#define _Field_size_part_(s, c)
#define _Field_size_part_opt_(s, c)
#define _Field_size_bytes_part_(s, c)
#define _Field_size_bytes_part_opt_(s, c)
#define _Field_size_full_(s)
#define _Field_size_full_opt_(s)
#define _Field_size_bytes_full_(s)
#define _Field_size_bytes_full_opt_(s)
#define _Field_z_
#define _Field_range_(l, h)
#define _Satisfies_(e)
#define _Strict_type_match_
#define _In_defensive_(a)
#define _Out_defensive_(a)
#define _Inout_defensive_(a)
#define _Interlocked_
#define _Interlocked_operand_
#define _Guarded_by_(l)
#define _Write_guarded_by_(l)
#define _Requires_lock_held_(l)
#define _Requires_exclusive_lock_held_(l)
#define _Requires_shared_lock_held_(l)
#define _Requires_lock_not_held_(l)
#define _Requires_no_locks_held_
#define _Acquires_lock_(l)
#define _Acquires_exclusive_lock_(l)
#define _Acquires_shared_lock_(l)
#define _Releases_lock_(l)
#define _Releases_exclusive_lock_(l)
#define _Releases_shared_lock_(l)
#define _Acquires_nonreentrant_lock_(l)
#define _Releases_nonreentrant_lock_(l)
#define _Create_lock_level_(l)
#define _Lock_level_order_(a, b)
#define _Has_lock_kind_(k)
#define _Has_lock_level_(l)
#define _Lock_kind_mutex_
#define _Lock_kind_event_
#define _Lock_kind_semaphore_
#define _Lock_kind_spin_lock_
#define _Lock_kind_critical_section_
#define _Internal_lock_level_order_(a, b)
#define _Kernel_entry_
#define _Kernel_entry_always_
#define _Kernel_requires_resource_held_(r)
#define _Kernel_requires_resource_not_held_(r)
#define _Kernel_acquires_resource_(r)
#define _Kernel_releases_resource_(r)
#define _Kernel_clear_do_init_(v)
#define _Kernel_IoGetDmaAdapter_
#define _Kernel_float_saved_
#define _Kernel_float_restored_
#define _Kernel_float_used_
#define _Must_inspect_result_
#define _Function_class_(x)
#define _Dispatch_type_(x)
#define _Flt_CompletionContext_Outptr_
#define _Irql_requires_(x)
#define _IRQL_requires_(x)
#define _IRQL_requires_max_(x)
#define _IRQL_requires_min_(x)
#define _IRQL_requires_same_
#define _IRQL_raises_(x)
#define _IRQL_saves_
#define _IRQL_saves_global_(k, p)
#define _IRQL_restores_
#define _IRQL_restores_global_(k, p)
#define _IRQL_uses_cancel_
#define _IRQL_is_cancel_
#define _IRQL_always_function_min_(x)
#define _IRQL_always_function_max_(x)
#define _IRQL_lowers_(x)
#define _IRQL_requires_global_(k, p)
#define _Requires_lock_held_(l)
#define _Ret_range_(l, h)
#define _Pre_valid_
#define _When_(c, a)
#define _Enum_is_bitflag_
#define _Strict_type_match_
#define _Memory_type_(t)
#define _Pre_notnull_
#define _Return_type_success_(e)
#define _Translates_Win32_to_HRESULT_(e)
#define _Translates_NTSTATUS_to_HRESULT_(e)
#define _Translates_last_error_to_HRESULT_
#define _Post_equals_last_error_
#define _Check_return_opt_
#define _CRTIMP
#define _Printf_format_string_
#define _Frees_ptr_opt_
#define _Inout_cap_(s)
#define _Inout_bytecap_(s)
#define _In_count_(s)
#define _In_bytecount_(s)
#define _Out_cap_(s)
#define _Out_bytecap_(s)
#define _Out_z_cap_(s)
#define _Inout_z_cap_(s)
#define _Out_bytecap_post_bytecount_(c, p)

/* Legacy driver annotations (__drv_*) */
#define __drv_aliasesMem
#define __drv_allocatesMem(k)
#define __drv_freesMem(k)
#define __drv_arg(e, a)
#define __drv_at(e, a)
#define __drv_when(c, a)
#define __drv_in(a)
#define __drv_out(a)
#define __drv_fun(a)
#define __drv_ret(a)
#define __drv_maxIRQL(x)
#define __drv_minIRQL(x)
#define __drv_setsIRQL(x)
#define __drv_requiresIRQL(x)
#define __drv_raisesIRQL(x)
#define __drv_savesIRQL
#define __drv_restoresIRQL
#define __drv_savesIRQLGlobal(k, p)
#define __drv_restoresIRQLGlobal(k, p)
#define __drv_sameIRQL
#define __drv_useCancelIRQL
#define __drv_isCancelIRQL
#define __drv_dispatchType(x)
#define __drv_dispatchType_other
#define __drv_functionClass(x)
#define __drv_clearDoInit(x)
#define __drv_valueIs(x)
#define __drv_constant
#define __drv_nonConstant
#define __drv_strictType(t, m)
#define __drv_strictTypeMatch(m)
#define __drv_acquiresResource(k)
#define __drv_releasesResource(k)
#define __drv_mustHold(k)
#define __drv_neverHold(k)
#define __drv_acquiresCancelSpinLock
#define __drv_releasesCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#define __drv_acquiresCriticalRegion
#define __drv_releasesCriticalRegion
#define __drv_mustHoldCriticalRegion
#define __drv_neverHoldCriticalRegion
#define __drv_acquiresExclusiveResource(k)
#define __drv_releasesExclusiveResource(k)
#define __drv_inTry
#define __drv_notInTry
#define __drv_preferredFunction(f, r)
#define __drv_reportError(r)
#define __drv_formatString(k)
#define __drv_floatUsed
#define __drv_floatSaved
#define __drv_floatRestored
#define __drv_interlocked
#define __drv_completeRequest
#define __drv_innerMustHoldGlobal(k, p)
#define __drv_mustHoldGlobal(k, p)
#define __drv_acquiresResourceGlobal(k, p)
#define __drv_releasesResourceGlobal(k, p)
#define __drv_deref(a)
#define __drv_unit(u)
#define __drv_defined(x) 0
#define __drv_declspec(x)
#define __drv_Mode_impl(x)
#define __drv_inTry
#define __drv_allocatesMem(k)

/* Later additions */
#define _Maybe_raises_SEH_exception_
#define _Raises_SEH_exception_
#define _Analysis_assume_lock_held_(l)
#define _Analysis_assume_lock_not_held_(l)
#define _Analysis_assume_lock_acquired_(l)
#define _Analysis_assume_lock_released_(l)
#define _Analysis_assume_same_lock_(a, b)
#define _Notref_
#define _Prepost_z_
#define _Ret_cap_(s)
#define _Ret_bytecap_(s)
#define _Ret_opt_bytecap_(s)
#define _Pre_opt_z_
#define _Post_opt_z_
#define _In_opt_bytecount_(s)
#define _Out_opt_bytecap_(s)
#define _Deref_out_opt_z_
#define _Deref_opt_out_opt_
#define _Writable_elements_(s)
#define _Use_decl_anno_impl_
#define _Kernel_requires_resource_held_(r)
#define _IRQL_requires_global_(k, p)
#define __drv_maxFunctionIRQL(x)
#define __drv_minFunctionIRQL(x)
#define __drv_acquiresExclusiveResourceGlobal(k, p)
#define __drv_releasesExclusiveResourceGlobal(k, p)
#define __drv_mustHoldCriticalRegion
#define __drv_requiresIRQL(x)
#define __drv_inTry

/* The legacy __in/__out forms (older WDK samples) are provided for C only: the C++
 * standard library uses those names for its own parameters. */
#ifndef __cplusplus
#define __in
#define __in_opt
#define __in_z
#define __in_z_opt
#define __in_ecount(s)
#define __in_bcount(s)
#define __in_ecount_opt(s)
#define __in_bcount_opt(s)
#define __out
#define __out_opt
#define __out_ecount(s)
#define __out_bcount(s)
#define __out_ecount_opt(s)
#define __out_bcount_opt(s)
#define __out_bcount_part(s, c)
#define __out_ecount_part(s, c)
#define __out_bcount_full(s)
#define __inout
#define __inout_opt
#define __inout_ecount(s)
#define __inout_bcount(s)
#define __deref_out
#define __deref_out_opt
#define __deref_opt_out
#define __deref_out_ecount(s)
#define __deref_out_bcount(s)
#define __checkReturn
#define __success(e)
#define __nullterminated
#define __field_bcount(s)
#define __field_ecount(s)
#define __format_string
#endif

#endif /* OPENKMDF_SAL_H */
